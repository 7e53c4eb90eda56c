package object

// Float and int arithmetic whose corner cases Python defines differently from
// Go: floor division and modulo signs, pow's special values, rounding,
// int<->float conversion, true division of ints, the numeric hash, and
// complex repr. Results and error messages follow CPython 3.11.

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"sync"
)

// ErrFloatPowComplex reports that a negative float raised to a non-integer
// power has a complex result; the caller redoes the operation in complex.
var ErrFloatPowComplex = errors.New("float pow has a complex result")

func fopZeroDivision(msg string) *FormatError {
	return &FormatError{Kind: "ZeroDivisionError", Msg: msg}
}

func fopOverflow(msg string) *FormatError {
	return &FormatError{Kind: "OverflowError", Msg: msg}
}

// FloatTrueDiv returns a / b.
func FloatTrueDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, fopZeroDivision("float division by zero")
	}
	return a / b, nil
}

// FloatFloorDiv returns a // b.
func FloatFloorDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, fopZeroDivision("float floor division by zero")
	}
	q, _ := fopDivmod(a, b)
	return q, nil
}

// FloatMod returns a % b, which has the sign of b.
func FloatMod(a, b float64) (float64, error) {
	if b == 0 {
		return 0, fopZeroDivision("float modulo")
	}
	m := math.Mod(a, b)
	if m == 0 {
		return math.Copysign(0, b), nil
	}
	if (b < 0) != (m < 0) {
		m += b
	}
	return m, nil
}

// FloatDivmod returns divmod(a, b).
func FloatDivmod(a, b float64) (float64, float64, error) {
	if b == 0 {
		return 0, 0, fopZeroDivision("float divmod()")
	}
	q, m := fopDivmod(a, b)
	return q, m, nil
}

// fopDivmod computes floor quotient and modulo for b != 0. The quotient is
// derived from the exact remainder so that q*b + m == a as closely as
// floats allow, and is then snapped to the nearest integer.
func fopDivmod(a, b float64) (float64, float64) {
	m := math.Mod(a, b)
	div := (a - m) / b
	if m != 0 {
		if (b < 0) != (m < 0) {
			m += b
			div -= 1
		}
	} else {
		m = math.Copysign(0, b)
	}
	if div == 0 {
		return math.Copysign(0, a/b), m
	}
	q := math.Floor(div)
	if div-q > 0.5 {
		q++
	}
	return q, m
}

// FloatPow returns a ** b for floats, with CPython's special cases.
// A negative a with a non-integer b gives ErrFloatPowComplex.
func FloatPow(a, b float64) (float64, error) {
	switch {
	case b == 0 || a == 1:
		return 1, nil
	case math.IsNaN(a) || math.IsNaN(b):
		return math.NaN(), nil
	case math.IsInf(b, 0):
		return fopPowInfExponent(a, b), nil
	case math.IsInf(a, 0):
		return fopPowInfBase(a, b), nil
	case a == 0:
		if b < 0 {
			return 0, fopZeroDivision("0.0 cannot be raised to a negative power")
		}
		if fopIsOddInteger(b) {
			return a, nil
		}
		return 0, nil
	case a < 0 && b != math.Trunc(b):
		return 0, ErrFloatPowComplex
	}
	neg := a < 0 && fopIsOddInteger(b)
	r, err := fopPowPositive(math.Abs(a), b)
	if neg {
		r = -r
	}
	return r, err
}

func fopPowInfExponent(a, b float64) float64 {
	switch a = math.Abs(a); {
	case a == 1:
		return 1
	case (a > 1) == (b > 0):
		return math.Inf(1)
	}
	return 0
}

func fopPowInfBase(a, b float64) float64 {
	odd := fopIsOddInteger(b)
	if b > 0 {
		if odd {
			return a
		}
		return math.Inf(1)
	}
	if odd {
		return math.Copysign(0, a)
	}
	return 0
}

// fopIsOddInteger reports whether b is an odd integer.
func fopIsOddInteger(b float64) bool {
	return math.Abs(math.Mod(b, 2)) == 1
}

// fopPowPositive returns a ** b for finite a > 0 and finite b != 0,
// correctly rounded. CPython calls C's pow, which on glibc is accurate to
// about 0.52 ulp rather than correctly rounded: on random arguments the two
// differ in the last bit about once in a thousand calls. Matching glibc bit
// for bit would mean reproducing its tables, so we settle for the exact
// answer.
func fopPowPositive(a, b float64) (float64, error) {
	switch b {
	case 1:
		return a, nil
	case 2:
		return fopCheckOverflow(a * a)
	case -1:
		return fopCheckOverflow(1 / a)
	case 0.5:
		return math.Sqrt(a), nil
	}
	log2 := b * math.Log2(a)
	switch {
	case log2 > 1030:
		return 0, fopOverflow("(34, 'Numerical result out of range')")
	case log2 < -1080:
		return 0, nil
	}
	if f, ok := fopPowDD(a, b); ok {
		return fopCheckOverflow(f)
	}
	var r *big.Float
	if b == math.Trunc(b) && math.Abs(b) <= 64 {
		r = fopBigPowInt(a, int(b))
	} else {
		r = fopBigExp(new(big.Float).Mul(fopBigLog(a), fopBig(b)))
	}
	f, _ := r.Float64()
	return fopCheckOverflow(f)
}

// fopDD is a double-double: the unevaluated sum hi + lo with |lo| at most
// half an ulp of hi, about 106 bits of precision.
type fopDD struct{ hi, lo float64 }

// fopLn2DD is ln 2 as a double-double.
var fopLn2DD = fopDD{0.6931471805599453, 2.3190468138462996e-17}

func fopTwoSum(a, b float64) fopDD {
	s := a + b
	bb := s - a
	return fopDD{s, (a - (s - bb)) + (b - bb)}
}

func fopQuickTwoSum(a, b float64) fopDD {
	s := a + b
	return fopDD{s, b - (s - a)}
}

func fopDDAdd(x, y fopDD) fopDD {
	s := fopTwoSum(x.hi, y.hi)
	return fopQuickTwoSum(s.hi, s.lo+x.lo+y.lo)
}

func fopDDMul(x, y fopDD) fopDD {
	p := x.hi * y.hi
	e := math.FMA(x.hi, y.hi, -p)
	return fopQuickTwoSum(p, e+x.hi*y.lo+x.lo*y.hi)
}

// fopPowDD computes a**b (a > 0) as exp(b log a) in double-double. It
// reports false when the result is subnormal or too close to a rounding
// boundary to be sure of the correctly rounded double; the caller then
// uses the slower arbitrary-precision path (Ziv's strategy).
func fopPowDD(a, b float64) (float64, bool) {
	// log a = log m + e log 2 with m in [0.5, 1), so that subnormal a
	// loses nothing. Refine l0 = log m by one step: l0 + log1p(u) with
	// u = m exp(-l0) - 1.
	m, ea := math.Frexp(a)
	l0 := math.Log(m)
	e, k := fopExpDD(fopDD{-l0, 0})
	me := fopDDMul(fopDD{m, 0}, e)
	u := fopDDAdd(fopDD{math.Ldexp(me.hi, k), math.Ldexp(me.lo, k)}, fopDD{-1, 0})
	l := fopDDAdd(fopDD{l0, 0}, fopDDAdd(u, fopDD{-u.hi * u.hi / 2, 0}))
	l = fopDDAdd(l, fopDDMul(fopLn2DD, fopDD{float64(ea), 0}))
	y := fopDDMul(l, fopDD{b, 0})
	r, k := fopExpDD(y)
	if r.hi == 0 || math.IsNaN(r.hi) {
		return 0, false
	}
	// Too close to halfway between two doubles to trust the sum?
	ulp := math.Abs(math.Nextafter(r.hi, math.Inf(1)) - r.hi)
	if math.Abs(math.Abs(r.lo)-ulp/2) < math.Abs(r.hi)*0x1p-80 {
		return 0, false
	}
	_, exp := math.Frexp(r.hi)
	if exp+k < -1021 {
		return 0, false // subnormal: Ldexp would round a second time
	}
	return math.Ldexp(r.hi, k), true
}

// fopDDDivSmall divides x by a small integer n: the first quotient's exact
// remainder gives the second.
func fopDDDivSmall(x fopDD, n float64) fopDD {
	q := x.hi / n
	p := q * n
	rem := (x.hi - p) - math.FMA(q, n, -p) + x.lo
	return fopQuickTwoSum(q, rem/n)
}

// fopExpDD returns e**y as r * 2^k: y = k ln 2 + t, and e**t from a Taylor
// series on t/2^8, squared back 8 times.
func fopExpDD(y fopDD) (fopDD, int) {
	if math.Abs(y.hi) > 800 {
		return fopDD{math.NaN(), 0}, 0
	}
	k := math.Round(y.hi / fopLn2DD.hi)
	t := fopDDAdd(y, fopDDMul(fopLn2DD, fopDD{-k, 0}))
	const halvings = 8
	t = fopDD{math.Ldexp(t.hi, -halvings), math.Ldexp(t.lo, -halvings)}
	sum, term := fopDD{1, 0}, fopDD{1, 0}
	for n := 1; n < 20; n++ {
		term = fopDDDivSmall(fopDDMul(term, t), float64(n))
		sum = fopDDAdd(sum, term)
		if math.Abs(term.hi) < 0x1p-110 {
			break
		}
	}
	for range halvings {
		sum = fopDDMul(sum, sum)
	}
	return sum, int(k)
}

func fopCheckOverflow(f float64) (float64, error) {
	if math.IsInf(f, 0) {
		return 0, fopOverflow("(34, 'Numerical result out of range')")
	}
	return f, nil
}

// fopPrec is the working precision of the extended pow: far more than the
// 53 bits needed, so one final rounding gives the correctly rounded result.
const fopPrec = 128

func fopBig(f float64) *big.Float {
	return new(big.Float).SetPrec(fopPrec).SetFloat64(f)
}

// fopBigPowInt computes a**n by repeated squaring.
func fopBigPowInt(a float64, n int) *big.Float {
	base := fopBig(a)
	if n < 0 {
		base.Quo(fopBig(1), base)
		n = -n
	}
	r := fopBig(1)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r.Mul(r, base)
		}
		base.Mul(base, base)
	}
	return r
}

var (
	fopLn2Once sync.Once
	fopLn2     *big.Float
)

// fopLn2Value returns ln 2 = 2 atanh(1/3) at working precision.
func fopLn2Value() *big.Float {
	fopLn2Once.Do(func() {
		third := new(big.Float).SetPrec(fopPrec).Quo(fopBig(1), fopBig(3))
		fopLn2 = fopAtanh2(third)
	})
	return fopLn2
}

// fopAtanh2 returns 2 atanh(z) = ln((1+z)/(1-z)) by its series, for
// |z| <= 1/3.
func fopAtanh2(z *big.Float) *big.Float {
	z2 := new(big.Float).SetPrec(fopPrec).Mul(z, z)
	sum := new(big.Float).SetPrec(fopPrec).Set(z)
	term := new(big.Float).SetPrec(fopPrec).Set(z)
	t := new(big.Float).SetPrec(fopPrec)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, new(big.Float).SetInt64(k))
		if t.Sign() == 0 || sum.MantExp(nil)-t.MantExp(nil) > fopPrec {
			break
		}
		sum.Add(sum, t)
	}
	return sum.Mul(sum, fopBig(2))
}

// fopBigLog returns ln a for finite a > 0: with a = m 2^e, m in
// [sqrt(1/2), sqrt(2)), ln a = e ln 2 + 2 atanh((m-1)/(m+1)), where the
// atanh argument is at most 0.172 so its series gains 5 bits a term.
func fopBigLog(a float64) *big.Float {
	m, e := math.Frexp(a)
	if m < math.Sqrt2/2 {
		m, e = m*2, e-1
	}
	num := new(big.Float).Sub(fopBig(m), fopBig(1)) // exact: m+1 needs 54 bits
	den := new(big.Float).Add(fopBig(m), fopBig(1))
	z := new(big.Float).SetPrec(fopPrec).Quo(num, den)
	r := fopAtanh2(z)
	eln2 := new(big.Float).SetPrec(fopPrec).Mul(fopLn2Value(), new(big.Float).SetInt64(int64(e)))
	return r.Add(r, eln2)
}

// fopBigExp returns e**y for |y| < 800: y = k ln 2 + r, and e**r from its
// Taylor series on r/2^8, squared back 8 times.
func fopBigExp(y *big.Float) *big.Float {
	ln2 := fopLn2Value()
	kf, _ := new(big.Float).Quo(y, ln2).Float64()
	k := math.Round(kf)
	r := new(big.Float).SetPrec(fopPrec).Mul(ln2, fopBig(k))
	r.Sub(y, r)
	const halvings = 8
	r.SetMantExp(r, -halvings)
	sum, term := fopBig(1), fopBig(1)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -fopPrec-8 {
			break
		}
		sum.Add(sum, term)
	}
	for range halvings {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// FloatRound returns round(x, ndigits): x rounded half-even on its exact
// decimal value to ndigits places (negative for tens, hundreds, ...).
func FloatRound(x float64, ndigits int) (float64, error) {
	const maxDigits, minDigits = 323, -308 // beyond these the result is x or 0
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x == 0 || ndigits > maxDigits:
		return x, nil
	case ndigits < minDigits:
		return math.Copysign(0, x), nil
	}
	var r float64
	if ndigits >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', ndigits, 64), 64)
	} else {
		r = fopRoundTens(x, -ndigits)
	}
	if math.IsInf(r, 0) {
		return 0, fopOverflow("rounded value too large to represent")
	}
	if r == 0 {
		r = math.Copysign(0, x)
	}
	return r, nil
}

// fopRoundTens rounds x half-even to a multiple of 10^n.
func fopRoundTens(x float64, n int) float64 {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
	q := new(big.Rat).SetFloat64(x)
	q.Quo(q, new(big.Rat).SetInt(unit))
	m := fopRoundRatHalfEven(q)
	r, _ := new(big.Rat).SetInt(m.Mul(m, unit)).Float64()
	return r
}

// fopRoundRatHalfEven rounds q to the nearest integer, ties to even.
func fopRoundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && quo.Bit(0) == 1) {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// FloatRoundToInt returns round(x) with no ndigits: an int, ties to even.
func FloatRoundToInt(x float64) (*big.Int, error) {
	return FloatToBigInt(math.RoundToEven(x))
}

// FloatToBigInt returns int(x), truncating toward zero.
func FloatToBigInt(x float64) (*big.Int, error) {
	switch {
	case math.IsNaN(x):
		return nil, &FormatError{Kind: "ValueError", Msg: "cannot convert float NaN to integer"}
	case math.IsInf(x, 0):
		return nil, fopOverflow("cannot convert float infinity to integer")
	}
	t := math.Trunc(x)
	if math.Abs(t) < 1<<62 {
		return big.NewInt(int64(t)), nil
	}
	z, _ := new(big.Float).SetFloat64(t).Int(nil)
	return z, nil
}

// BigIntToFloat returns float(x), correctly rounded (ties to even).
func BigIntToFloat(x *big.Int) (float64, error) {
	if x.IsInt64() {
		if v := x.Int64(); v >= -1<<53 && v <= 1<<53 {
			return float64(v), nil
		}
	}
	f, _ := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, fopOverflow("int too large to convert to float")
	}
	return f, nil
}

// IntTrueDiv returns a / b for ints, correctly rounded.
func IntTrueDiv(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, fopZeroDivision("division by zero")
	}
	negative := (a.Sign() < 0) != (b.Sign() < 0)
	if fopExactInFloat(a) && fopExactInFloat(b) {
		return float64(a.Int64()) / float64(b.Int64()), nil
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, fopOverflow("integer division result too large for a float")
	}
	if f == 0 && negative {
		f = math.Copysign(0, -1)
	}
	return f, nil
}

func fopExactInFloat(x *big.Int) bool {
	return x.IsInt64() && x.Int64() >= -1<<53 && x.Int64() <= 1<<53
}

// fopHashModulus is the prime 2^61 - 1 that Python's numeric hash reduces
// modulo, so that equal ints and floats hash equal.
const fopHashModulus = 1<<61 - 1

// FloatHash returns hash(f). For NaN it returns 0: Python hashes NaN by
// identity, which only the caller can do.
func FloatHash(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f) || f == 0:
		return 0
	}
	frac, exp := math.Frexp(math.Abs(f))
	mant := uint64(math.Ldexp(frac, 53)) // f = mant * 2^(exp-53) exactly
	h := fopMulPow2(mant%fopHashModulus, exp-53)
	return fopSignedHash(h, f < 0)
}

// fopMulPow2 returns x * 2^e mod 2^61-1 for x below the modulus; since
// 2^61 = 1 (mod 2^61-1), multiplying by 2^e is a 61-bit rotation.
func fopMulPow2(x uint64, e int) uint64 {
	k := ((e % 61) + 61) % 61
	if k == 0 {
		return x
	}
	return (x<<k)&fopHashModulus | x>>(61-k)
}

func fopSignedHash(h uint64, neg bool) int64 {
	v := int64(h)
	if neg {
		v = -v
	}
	if v == -1 {
		v = -2
	}
	return v
}

// BigIntHash returns hash(x); it equals FloatHash of an equal float.
func BigIntHash(x *big.Int) int64 {
	var h uint64
	if x.IsInt64() {
		h = fopAbs64(x.Int64()) % fopHashModulus
	} else {
		h = new(big.Int).Mod(new(big.Int).Abs(x), big.NewInt(fopHashModulus)).Uint64()
	}
	return fopSignedHash(h, x.Sign() < 0)
}

func fopAbs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v) // also right for MinInt64
	}
	return uint64(v)
}

// ComplexRepr returns repr(c): "1j" when the real part is +0, else
// "(re+imj)", with parts in repr style but without an added ".0".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	imText := nfReprStyle(im, false)
	if re == 0 && !math.Signbit(re) {
		return imText + "j"
	}
	if !math.Signbit(im) || math.IsNaN(im) {
		imText = "+" + imText
	}
	return "(" + nfReprStyle(re, false) + imText + "j)"
}

// FloatIsInteger returns float.is_integer(f).
func FloatIsInteger(f float64) bool {
	return !math.IsInf(f, 0) && f == math.Trunc(f)
}

// FloatEqualsBigInt reports f == x exactly (false for NaN).
func FloatEqualsBigInt(f float64, x *big.Int) bool {
	return !math.IsNaN(f) && CompareFloatBigInt(f, x) == 0
}

// CompareFloatBigInt compares f with x exactly: -1, 0 or +1. f must not be
// NaN; the caller handles NaN, which compares false with everything.
func CompareFloatBigInt(f float64, x *big.Int) int {
	switch {
	case math.IsInf(f, 1):
		return 1
	case math.IsInf(f, -1):
		return -1
	}
	if fopExactInFloat(x) {
		switch g := float64(x.Int64()); {
		case f < g:
			return -1
		case f > g:
			return 1
		}
		return 0
	}
	return new(big.Float).SetFloat64(f).Cmp(new(big.Float).SetInt(x))
}
