package object

// Python complex numbers.
//
// Layout (class complexClass, raw, immutable):
//
//	word 2  real part (float64 bits)
//	word 3  imaginary part (float64 bits)
//
// Arithmetic mirrors CPython's algorithms step by step (Smith's division,
// repeated squaring for small integer powers, the polar form otherwise),
// because complex results are compared digit for digit with CPython's.
// Products are written as float64(x*y) so that the compiler cannot fuse a
// multiply and an add into one FMA, which would round differently.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"atompy.dev/atompy/gc"
)

const (
	complexRealOff = gc.HeaderSize
	complexImagOff = gc.HeaderSize + gc.WordSize
)

// NewComplex allocates the complex number c.
func NewComplex(t *Thread, c complex128) Value {
	a := t.alloc(complexClass, wordsSize(2))
	gc.Store(a, complexRealOff, math.Float64bits(real(c)))
	gc.Store(a, complexImagOff, math.Float64bits(imag(c)))
	return FromAddr(a)
}

// IsComplex reports whether v is exactly a complex.
func IsComplex(v Value) bool { return v.IsRef() && classOf(v) == complexClass }

// ComplexValue returns the value of a complex.
func ComplexValue(v Value) complex128 {
	a := v.Addr()
	return complex(math.Float64frombits(gc.Load(a, complexRealOff)), math.Float64frombits(gc.Load(a, complexImagOff)))
}

func init() { OnBoot(10, bootComplex) }

func bootComplex(t *Thread) {
	s := &ComplexType.Slots
	s.New = complexNew
	s.Repr = func(t *Thread, v Value) (string, error) { return ComplexRepr(ComplexValue(v)), nil }
	s.Hash = complexHash
	s.Compare = numericCompare
	s.Bool = func(t *Thread, v Value) (bool, error) { return ComplexValue(v) != 0, nil }
	s.Binary = numericBinary
	s.Unary = complexUnary
	s.GetAttr = complexGetAttr
	defComplexMethods(t, ComplexType)
}

// complexHash combines the hashes of the parts as CPython does, in
// wrapping unsigned arithmetic.
func complexHash(t *Thread, v Value) (int64, error) {
	c := ComplexValue(v)
	const imagMultiplier = 1000003
	h := uint64(FloatHash(real(c))) + imagMultiplier*uint64(FloatHash(imag(c)))
	if int64(h) == -1 {
		return -2, nil
	}
	return int64(h), nil
}

func complexUnary(t *Thread, op UnOp, v Value) (Value, error) {
	if !IsComplex(v) {
		return NotImplemented, nil
	}
	switch op {
	case OpPos:
		return v, nil
	case OpNeg:
		return NewComplex(t, -ComplexValue(v)), nil
	}
	return NotImplemented, nil
}

func complexGetAttr(t *Thread, v Value, name string) (Value, error) {
	switch name {
	case "real":
		return MakeFloat(real(ComplexValue(v))), nil
	case "imag":
		return MakeFloat(imag(ComplexValue(v))), nil
	}
	return Null, nil
}

func defComplexMethods(t *Thread, typ *Type) {
	DefMethod(t, typ, "conjugate", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := numNoArgs("conjugate", args, kw); err != nil {
			return Null, err
		}
		c := ComplexValue(self)
		return NewComplex(t, complex(real(c), -imag(c))), nil
	})
	DefMethod(t, typ, "__complex__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := numNoArgs("__complex__", args, kw); err != nil {
			return Null, err
		}
		return self, nil
	})
	DefMethod(t, typ, "__abs__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := numNoArgs("__abs__", args, kw); err != nil {
			return Null, err
		}
		return Abs(t, self)
	})
	DefMethod(t, typ, "__pow__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := ArgCount("__pow__", args, 1, 2); err != nil {
			return Null, err
		}
		if len(args) == 2 && args[1] != None {
			return Null, ValueError("complex modulo")
		}
		return numericBinary(t, OpPow, self, Payload(t, args[0]))
	})
}

// numToComplex converts a built-in number to a Go complex.
func numToComplex(v Value) (complex128, error) {
	if IsComplex(v) {
		return ComplexValue(v), nil
	}
	f, err := numToFloat(v)
	return complex(f, 0), err
}

// complexBinary applies op when the widest operand is a complex.
func complexBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd, OpSub, OpMul, OpTrueDiv, OpPow:
	default:
		return NotImplemented, nil
	}
	x, err := numToComplex(a)
	if err != nil {
		return Null, err
	}
	y, err := numToComplex(b)
	if err != nil {
		return Null, err
	}
	var r complex128
	switch op {
	case OpAdd:
		r = complex(real(x)+real(y), imag(x)+imag(y))
	case OpSub:
		r = complex(real(x)-real(y), imag(x)-imag(y))
	case OpMul:
		r = complexProd(x, y)
	case OpTrueDiv:
		var ok bool
		if r, ok = complexQuot(x, y); !ok {
			return Null, ZeroDivisionError("complex division by zero")
		}
	case OpPow:
		if r, err = complexPow(x, y); err != nil {
			return Null, err
		}
	}
	return NewComplex(t, r), nil
}

// complexProd multiplies without fused multiply-adds.
func complexProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// complexQuot divides by Smith's method, scaling by the larger part of
// the divisor; ok is false for a zero divisor.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	// A NaN in the divisor.
	return complex(math.NaN(), math.NaN()), true
}

// complexPow returns a**b: by repeated multiplication for integral
// exponents up to 100 in magnitude, in polar form otherwise.
func complexPow(a, b complex128) (complex128, error) {
	var r complex128
	ok := true
	if br := real(b); imag(b) == 0 && br == math.Floor(br) && math.Abs(br) <= 100 {
		r, ok = complexPowInt(a, int(br))
	} else {
		r, ok = complexPowPolar(a, b)
	}
	switch {
	case !ok:
		return 0, ZeroDivisionError("0.0 to a negative or complex power")
	case math.IsInf(real(r), 0) || math.IsInf(imag(r), 0):
		return 0, OverflowError("complex exponentiation")
	}
	return r, nil
}

// complexPowInt computes x**n by binary powering (1/x**-n for n < 0).
func complexPowInt(x complex128, n int) (complex128, bool) {
	neg := n < 0
	if neg {
		n = -n
	}
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	if neg {
		return complexQuot(1, r)
	}
	return r, true
}

// complexPowPolar computes a**b through |a| and arg(a) as CPython does,
// with glibc's hypot and otherwise correctly rounded elementary functions
// (which glibc's are in all but rare cases), so that the results agree to
// the last digit. ok is false for
// zero raised to a negative or complex power, and for an infinite phase
// (where C's cos and sin report a domain error).
func complexPowPolar(a, b complex128) (complex128, bool) {
	switch {
	case b == 0:
		return 1, true
	case a == 0:
		return 0, !(imag(b) != 0 || real(b) < 0) // NaN exponents pass, as in C
	}
	vabs := cHypot(real(a), imag(a))
	length, err := FloatPow(vabs, real(b))
	if err != nil {
		length = math.Inf(1) // C's pow overflows to HUGE_VAL
	}
	at := atan2Rounded(imag(a), real(a))
	phase := float64(at * real(b))
	if imag(b) != 0 {
		length /= expRounded(at * imag(b))
		phase += float64(imag(b) * logRounded(vabs))
	}
	if math.IsInf(phase, 0) {
		return 0, false
	}
	sin, cos := sinCosRounded(phase)
	return complex(length*cos, length*sin), true
}

// The correctly rounded elementary functions below work in big.Float at
// cmPrec bits, far beyond the 53 needed, and round once at the end.
const cmPrec = 256

func cmBig(f float64) *big.Float { return new(big.Float).SetPrec(cmPrec).SetFloat64(f) }

// expRounded returns e**x.
func expRounded(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	}
	f, _ := fopBigExp(fopBig(x)).Float64()
	return f
}

// logRounded returns ln x for x >= 0.
func logRounded(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x >= 0.5 && x <= 2:
		// ln x = 2 atanh((x-1)/(x+1)), with x-1 exact, so values near 1
		// keep their relative precision (and ln 1 is exactly 0).
		num, den := fopBig(x), fopBig(x)
		num.Sub(num, fopBig(1))
		den.Add(den, fopBig(1))
		f, _ := fopAtanh2(num.Quo(num, den)).Float64()
		return f
	}
	f, _ := fopBigLog(x).Float64()
	return f
}

// atan2Rounded returns atan2(y, x) with C99's special cases.
func atan2Rounded(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case y == 0:
		if math.Signbit(x) {
			return math.Copysign(math.Pi, y)
		}
		return y
	case math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0:
		return math.Atan2(y, x) // exact multiples of pi/4 or 0, and Go agrees
	}
	q := cmBig(math.Abs(y))
	q.Quo(q, cmBig(math.Abs(x)))
	r := atanBig(q)
	if x < 0 {
		r.Sub(cmPi(cmPrec), r)
	}
	f, _ := r.Float64()
	return math.Copysign(f, y)
}

// atanBig returns atan(q) for q >= 0.
func atanBig(q *big.Float) *big.Float {
	one := cmBig(1)
	if q.Cmp(one) > 0 {
		inv := new(big.Float).SetPrec(cmPrec).Quo(one, q)
		half := cmPi(cmPrec)
		half.SetMantExp(half, -1)
		return half.Sub(half, atanBig(inv))
	}
	// atan q = 2 atan(q / (1 + sqrt(1 + q*q))): halve the argument until
	// the series converges fast.
	q = new(big.Float).SetPrec(cmPrec).Set(q)
	doublings := 0
	for ; doublings < 12 && q.Sign() != 0 && q.MantExp(nil) > -8; doublings++ {
		d := new(big.Float).SetPrec(cmPrec).Mul(q, q)
		d.Add(d, one).Sqrt(d).Add(d, one)
		q.Quo(q, d)
	}
	r := atanSeries(q, cmPrec)
	return r.SetMantExp(r, doublings)
}

// atanSeries sums q - q^3/3 + q^5/5 - ... at prec bits, for small q.
func atanSeries(q *big.Float, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec).Set(q)
	if q.Sign() == 0 {
		return sum
	}
	q2 := new(big.Float).SetPrec(prec).Mul(q, q)
	pow := new(big.Float).SetPrec(prec).Set(q)
	term := new(big.Float).SetPrec(prec)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, q2)
		pow.Neg(pow)
		term.Quo(pow, new(big.Float).SetInt64(k))
		if term.Sign() == 0 || sum.MantExp(nil)-term.MantExp(nil) > int(prec)+8 {
			return sum
		}
		sum.Add(sum, term)
	}
}

var (
	cmPiMu    sync.Mutex
	cmPiValue *big.Float
)

// cmPi returns a copy of pi at (at least) prec bits, by Machin's formula
// pi = 16 atan(1/5) - 4 atan(1/239); the widest value computed is kept.
func cmPi(prec uint) *big.Float {
	cmPiMu.Lock()
	defer cmPiMu.Unlock()
	if cmPiValue == nil || cmPiValue.Prec() < prec {
		p := prec + 64
		inv := func(n int64) *big.Float {
			return new(big.Float).SetPrec(p).Quo(new(big.Float).SetPrec(p).SetInt64(1), new(big.Float).SetPrec(p).SetInt64(n))
		}
		a := atanSeries(inv(5), p)
		b := atanSeries(inv(239), p)
		a.Mul(a, new(big.Float).SetInt64(16))
		b.Mul(b, new(big.Float).SetInt64(4))
		cmPiValue = a.Sub(a, b)
	}
	return new(big.Float).SetPrec(prec).Set(cmPiValue)
}

// sinCosRounded returns sin x and cos x for finite x: x is reduced modulo
// pi/2 exactly enough (pi carried to the exponent of x plus cmPrec bits)
// and the Taylor series are summed on the remainder.
func sinCosRounded(x float64) (sin, cos float64) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN(), math.NaN()
	case x == 0:
		return x, 1
	}
	_, exp := math.Frexp(x)
	prec := uint(cmPrec + max(exp, 0))
	halfPi := cmPi(prec)
	halfPi.SetMantExp(halfPi, -1)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	quo := new(big.Float).SetPrec(prec).Quo(bx, halfPi)
	k, _ := quo.Add(quo, new(big.Float).SetFloat64(0.5)).Int(nil) // truncates toward zero
	if quo.Sign() < 0 {
		k.Sub(k, big.NewInt(1)) // floor for negative quotients
	}
	r := new(big.Float).SetPrec(prec).SetInt(k)
	r.Mul(r, halfPi)
	r.Sub(bx, r).SetPrec(cmPrec)
	s, c := sinCosSeries(r)
	switch new(big.Int).And(k, big.NewInt(3)).Int64() {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	sin, _ = s.Float64()
	cos, _ = c.Float64()
	return sin, cos
}

// sinCosSeries sums the Taylor series of sin r and cos r for |r| <= pi/4.
func sinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	sin := new(big.Float).SetPrec(cmPrec).Set(r)
	cos := cmBig(1)
	if r.Sign() == 0 {
		return sin, cos
	}
	r2 := new(big.Float).SetPrec(cmPrec).Mul(r, r)
	term := new(big.Float).SetPrec(cmPrec).SetInt64(1) // r^n / n!
	for n := int64(1); n < 200; n += 2 {
		// cos gets -term*r^2/((n)(n+1)) at even powers; sin the odd ones.
		term.Mul(term, r2)
		term.Quo(term, new(big.Float).SetInt64(n*(n+1)))
		term.Neg(term)
		cos.Add(cos, term)
		st := new(big.Float).SetPrec(cmPrec).Mul(term, r)
		st.Quo(st, new(big.Float).SetInt64(n+2))
		sin.Add(sin, st)
		if term.Sign() == 0 || term.MantExp(nil) < -cmPrec-16+min(sin.MantExp(nil), 0) {
			break
		}
	}
	return sin, cos
}

// complexAbs returns abs(c), raising OverflowError when finite parts give
// an infinite modulus.
func complexAbs(c complex128) (float64, error) {
	re, im := real(c), imag(c)
	switch {
	case math.IsInf(re, 0) || math.IsInf(im, 0):
		return math.Inf(1), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return math.NaN(), nil
	}
	h := cHypot(re, im)
	if math.IsInf(h, 0) {
		return 0, OverflowError("absolute value too large")
	}
	return h, nil
}

// cHypot returns sqrt(x*x + y*y) exactly as glibc (2.35 and later) does,
// because CPython's complex abs and power call the C library's hypot,
// which is not correctly rounded: the result is a first approximation
// corrected by one Newton-like step (C. F. Borges, "An Improved Algorithm
// for cHypot(a,b)", 2019), with scaling for very large and very small
// arguments. The float64 conversions keep Go from fusing operations.
func cHypot(x, y float64) float64 {
	const (
		scale = 0x1p-600
		large = 0x1p+511
		tiny  = 0x1p-511
		eps   = 0x1p-54
	)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	x, y = math.Abs(x), math.Abs(y)
	ax, ay := max(x, y), min(x, y)
	switch {
	case ax > large:
		if ay <= ax*eps {
			return ax + ay
		}
		return cHypotKernel(ax*scale, ay*scale) / scale
	case ay < tiny:
		if ax >= ay/eps {
			return ax + ay
		}
		return cHypotKernel(ax/scale, ay/scale) * scale
	case ay <= ax*eps:
		return ax + ay
	}
	return cHypotKernel(ax, ay)
}

// cHypotKernel needs ax >= ay >= 0 with squares that neither overflow nor
// underflow.
func cHypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(float64(ax*ax) + float64(ay*ay))
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = float64(ax * (2*delta - ax))
		t2 = float64((delta - 2*(ax-ay)) * delta)
	} else {
		delta := h - ax
		t1 = float64(2 * delta * (ax - 2*ay))
		t2 = float64((4*delta-ay)*ay) + float64(delta*delta)
	}
	return h - (t1+t2)/(2*h)
}

// complexEqual compares two numbers at least one of which is complex.
func complexEqual(a, b Value) bool {
	if !IsComplex(a) {
		a, b = b, a
	}
	x := ComplexValue(a)
	if IsComplex(b) {
		return x == ComplexValue(b)
	}
	if imag(x) != 0 {
		return false
	}
	c, ordered := realCmp(MakeFloat(real(x)), b)
	return ordered && c == 0
}

// complexNew implements complex(real=0, imag=0) and complex(string).
func complexNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	r, i := Null, Null
	if err := UnpackArgs("complex", args, kwnames, []string{"real?", "imag?"}, &r, &i); err != nil {
		return Null, err
	}
	if r == Null {
		r = MakeSmallInt(0)
	}
	if IsInstance(r, StrType) {
		if i != Null {
			return Null, TypeError("complex() can't take second arg if first is a string")
		}
		c, err := ParseComplexString(StrGo(Payload(t, r)))
		if err != nil {
			return Null, err
		}
		return NewComplex(t, c), nil
	}
	if i != Null && IsInstance(i, StrType) {
		return Null, TypeError("complex() second arg can't be a string")
	}
	if IsComplex(r) && i == Null && cls == ComplexType {
		return r, nil
	}
	c, err := complexFromParts(t, r, i)
	if err != nil {
		return Null, err
	}
	return NewComplex(t, c), nil
}

// complexFromParts computes real + imag*1j where either may itself be
// complex (CPython's rules, signed zeros included).
func complexFromParts(t *Thread, r, i Value) (complex128, error) {
	r, err := complexSpecial(t, r)
	if err != nil {
		return 0, err
	}
	if !complexArgIsNumber(t, r) {
		return 0, TypeError("complex() first argument must be a string or a number, not '%s'", TypeName(r))
	}
	if i != Null && !complexArgIsNumber(t, i) {
		return 0, TypeError("complex() second argument must be a number, not '%s'", TypeName(i))
	}
	cr, rIsComplex, err := complexPart(t, r)
	if err != nil {
		return 0, err
	}
	re, im := real(cr), imag(cr)
	var ci complex128
	iIsComplex := false
	if i != Null {
		if ci, iIsComplex, err = complexPart(t, i); err != nil {
			return 0, err
		}
	}
	imagPart := real(ci)
	if i == Null {
		imagPart = im
	}
	if iIsComplex {
		re -= imag(ci)
	}
	if rIsComplex && i != Null {
		imagPart += im
	}
	return complex(re, imagPart), nil
}

// complexSpecial applies __complex__ to objects that are not built-in
// numbers.
func complexSpecial(t *Thread, v Value) (Value, error) {
	if numKindOf(v) != kindNone {
		return v, nil
	}
	r, found, err := CallMethod(t, v, "__complex__")
	if !found {
		return v, nil
	}
	if err != nil {
		return Null, err
	}
	if !IsInstance(r, ComplexType) {
		return Null, TypeError("__complex__ returned non-complex (type %s)", TypeName(r))
	}
	return Payload(t, r), nil
}

// complexArgIsNumber reports whether complex() accepts v as a number.
func complexArgIsNumber(t *Thread, v Value) bool {
	if numKindOf(v) != kindNone {
		return true
	}
	typ := TypeOf(v)
	return typ.Lookup(t, "__float__") != Null || typ.Lookup(t, "__index__") != Null
}

// complexPart converts one argument of complex(): a complex as is, any
// other number through float().
func complexPart(t *Thread, v Value) (complex128, bool, error) {
	if IsComplex(v) {
		return ComplexValue(v), true, nil
	}
	f, err := FloatFromValue(t, v)
	if err != nil {
		return 0, false, err
	}
	return complex(f.Float(), 0), false, nil
}

// ParseComplexString implements complex(s): "<float>", "<float>j",
// "<float><signed float>j" and the forms with a bare sign or no number
// before j, optionally in parentheses, with surrounding whitespace.
func ParseComplexString(s string) (complex128, error) {
	malformed := ValueError("complex() arg is a malformed string")
	ascii, ok := npToASCII(s)
	if !ok {
		return 0, malformed
	}
	body, ok := removeDigitUnderscores(ascii)
	if !ok {
		return 0, ValueError("could not convert string to complex: %s", StrRepr(s))
	}
	s = body
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	bracket := strings.HasPrefix(s, "(")
	if bracket {
		s = strings.TrimLeft(s[1:], " \t\n\v\f\r")
	}
	re, im, rest, ok := complexBody(s)
	if !ok {
		return 0, malformed
	}
	rest = strings.TrimLeft(rest, " \t\n\v\f\r")
	if bracket {
		if !strings.HasPrefix(rest, ")") {
			return 0, malformed
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\v\f\r")
	}
	if rest != "" {
		return 0, malformed
	}
	return complex(re, im), nil
}

// complexBody parses the number itself and returns what follows it.
func complexBody(s string) (re, im float64, rest string, ok bool) {
	z, n := floatLiteralPrefix(s)
	if n == 0 {
		// <sign>j or j
		im = 1
		if s != "" && (s[0] == '+' || s[0] == '-') {
			if s[0] == '-' {
				im = -1
			}
			s = s[1:]
		}
		rest, ok = cutImagSuffix(s)
		return 0, im, rest, ok
	}
	s = s[n:]
	switch {
	case s != "" && (s[0] == '+' || s[0] == '-'):
		re = z
		if y, m := floatLiteralPrefix(s); m > 0 {
			im, s = y, s[m:]
		} else {
			im = 1
			if s[0] == '-' {
				im = -1
			}
			s = s[1:]
		}
		rest, ok = cutImagSuffix(s)
		return re, im, rest, ok
	case s != "" && (s[0] == 'j' || s[0] == 'J'):
		return 0, z, s[1:], true
	}
	return z, 0, s, true
}

func cutImagSuffix(s string) (string, bool) {
	if s == "" || (s[0] != 'j' && s[0] != 'J') {
		return s, false
	}
	return s[1:], true
}

// floatLiteralPrefix parses the longest float literal at the start of s (sign,
// digits, point, exponent, or inf/infinity/nan) and returns its value and
// length; 0 when there is none. Overflow gives an infinity.
func floatLiteralPrefix(s string) (float64, int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lower := strings.ToLower(s[i:])
	for _, word := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, word) {
			n := i + len(word)
			f, _ := strconv.ParseFloat(s[:n], 64)
			return f, n
		}
	}
	digits := 0
	for ; i < len(s) && isDecimalByte(s[i]); i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && isDecimalByte(s[i]); i++ {
			digits++
		}
	}
	if digits == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDecimalByte(s[j]) {
			for j < len(s) && isDecimalByte(s[j]) {
				j++
			}
			i = j
		}
	}
	f, _ := strconv.ParseFloat(s[:i], 64) // a range error still gives ±Inf or 0
	return f, i
}

func isDecimalByte(c byte) bool { return c >= '0' && c <= '9' }

// removeDigitUnderscores drops underscores that stand between two digits;
// any other underscore makes the string invalid.
func removeDigitUnderscores(s string) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			if i == 0 || i+1 == len(s) || !isDecimalByte(s[i-1]) || !isDecimalByte(s[i+1]) {
				return "", false
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String(), true
}
