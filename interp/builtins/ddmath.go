package builtins

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded elementary functions for the math module.
//
// CPython's math functions are the C library's, whose results for exp,
// log, sin, cos, pow and friends are the correctly rounded ones in all but
// very rare cases. Go's math package is accurate to about one ulp, which
// makes programs print different last digits than under CPython. The
// functions here evaluate in double-double arithmetic (about 104 bits)
// after an exact argument reduction and round once at the end, so their
// results are correctly rounded except when the exact value lies within
// about 2^-90 relative of a rounding boundary.
//
// A double-double value is hi + lo with |lo| <= ulp(hi)/2, so hi is the
// correctly rounded value of the pair.

type dd struct{ hi, lo float64 }

// twoSum returns a+b as an unevaluated sum s+e, exactly.
func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

// fastTwoSum is twoSum for |a| >= |b|.
func fastTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

// twoProd returns a*b as p+e, exactly.
func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func ddOf(f float64) dd { return dd{f, 0} }

func (x dd) add(y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func (x dd) addF(f float64) dd {
	s, e := twoSum(x.hi, f)
	e += x.lo
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func (x dd) neg() dd        { return dd{-x.hi, -x.lo} }
func (x dd) sub(y dd) dd    { return x.add(y.neg()) }
func (x dd) scale(k int) dd { return dd{math.Ldexp(x.hi, k), math.Ldexp(x.lo, k)} }

func (x dd) mul(y dd) dd {
	p, e := twoProd(x.hi, y.hi)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func (x dd) mulF(f float64) dd {
	p, e := twoProd(x.hi, f)
	e += x.lo * f
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func (x dd) div(y dd) dd {
	q1 := x.hi / y.hi
	r := x.sub(y.mulF(q1))
	q2 := r.hi / y.hi
	r = r.sub(y.mulF(q2))
	q3 := r.hi / y.hi
	s, e := fastTwoSum(q1, q2)
	return dd{s, e}.addF(q3)
}

// sqrt is one Newton step from the double square root.
func (x dd) sqrt() dd {
	if x.hi <= 0 {
		return dd{}
	}
	s := math.Sqrt(x.hi)
	p, e := twoProd(s, s)
	r := x.sub(dd{p, e})
	return ddOf(s).addF(r.hi / (2 * s))
}

// Constants in double-double (or triple) precision, computed exactly
// with rational arithmetic.
var (
	ddPi       = dd{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53}
	ddPio2     = dd{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54}
	pio2Lo2    = -0x1.f1976b7ed8fbcp-110 // third part of pi/2
	ddLn2      = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}
	ln2Lo2     = 0x1.7b57a079a1934p-111 // third part of ln 2
	ddInvLn2   = dd{0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56}
	ddInvLn10  = dd{0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57}
	ddLog10of2 = dd{0x1.34413509f79ffp-2, -0x1.9dc1da994fd21p-59}
)

// invFact[n] is 1/n!.
var invFact = [...]dd{
	{0x1.0000000000000p+0, 0},
	{0x1.0000000000000p+0, 0},
	{0x1.0000000000000p-1, 0},
	{0x1.5555555555555p-3, 0x1.5555555555555p-57},
	{0x1.5555555555555p-5, 0x1.5555555555555p-59},
	{0x1.1111111111111p-7, 0x1.1111111111111p-63},
	{0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65},
	{0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73},
	{0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76},
	{0x1.71de3a556c734p-19, -0x1.c154f8ddc6c00p-73},
	{0x1.27e4fb7789f5cp-22, 0x1.cbbc05b4fa99ap-76},
	{0x1.ae64567f544e4p-26, -0x1.c062e06d1f209p-80},
	{0x1.1eed8eff8d898p-29, -0x1.2aec959e14c06p-83},
	{0x1.6124613a86d09p-33, 0x1.f28e0cc748ebep-87},
	{0x1.93974a8c07c9dp-37, 0x1.05d6f8a2efd1fp-92},
	{0x1.ae7f3e733b81fp-41, 0x1.1d8656b0ee8cbp-97},
	{0x1.ae7f3e733b81fp-45, 0x1.1d8656b0ee8cbp-101},
	{0x1.952c77030ad4ap-49, 0x1.ac981465ddc6cp-103},
	{0x1.6827863b97d97p-53, 0x1.eec01221a8b0bp-107},
	{0x1.2f49b46814157p-57, 0x1.2650f61dbdcb4p-112},
	{0x1.e542ba4020225p-62, 0x1.ea72b4afe3c2fp-120},
	{0x1.71b8ef6dcf572p-66, -0x1.d043ae40c4647p-120},
	{0x1.0ce396db7f853p-70, -0x1.aebcdbd20331cp-124},
	{0x1.761b41316381ap-75, -0x1.3423c7d91404fp-130},
	{0x1.f2cf01972f578p-80, -0x1.9ada5fcc1ab14p-135},
	{0x1.3f3ccdd165fa9p-84, -0x1.58ddadf344487p-139},
	{0x1.88e85fc6a4e5ap-89, -0x1.71c37ebd16540p-143},
	{0x1.d1ab1c2dccea3p-94, 0x1.054d0c78aea14p-149},
	{0x1.0a18a2635085dp-98, 0x1.b9e2e28e1aa54p-153},
	{0x1.259f98b4358adp-103, 0x1.eaf8c39dd9bc5p-157},
	{0x1.3932c5047d60ep-108, 0x1.832b7b530a627p-162},
	{0x1.434d2e783f5bcp-113, 0x1.0b87b91be9affp-167},
}

// invOdd[n] is 1/(2n+1).
var invOdd = [...]dd{
	{0x1.0000000000000p+0, 0},
	{0x1.5555555555555p-2, 0x1.5555555555555p-56},
	{0x1.999999999999ap-3, -0x1.999999999999ap-57},
	{0x1.2492492492492p-3, 0x1.2492492492492p-57},
	{0x1.c71c71c71c71cp-4, 0x1.c71c71c71c71cp-58},
	{0x1.745d1745d1746p-4, -0x1.745d1745d1746p-59},
	{0x1.3b13b13b13b14p-4, -0x1.3b13b13b13b14p-58},
	{0x1.1111111111111p-4, 0x1.1111111111111p-60},
	{0x1.e1e1e1e1e1e1ep-5, 0x1.e1e1e1e1e1e1ep-61},
	{0x1.af286bca1af28p-5, 0x1.af286bca1af28p-59},
	{0x1.8618618618618p-5, 0x1.8618618618618p-59},
	{0x1.642c8590b2164p-5, 0x1.642c8590b2164p-60},
	{0x1.47ae147ae147bp-5, -0x1.eb851eb851eb8p-61},
	{0x1.2f684bda12f68p-5, 0x1.2f684bda12f68p-59},
	{0x1.1a7b9611a7b96p-5, 0x1.1a7b9611a7b96p-61},
	{0x1.0842108421084p-5, 0x1.0842108421084p-60},
	{0x1.f07c1f07c1f08p-6, -0x1.f07c1f07c1f08p-61},
	{0x1.d41d41d41d41dp-6, 0x1.0750750750750p-60},
	{0x1.bacf914c1bad0p-6, -0x1.bacf914c1bad0p-60},
	{0x1.a41a41a41a41ap-6, 0x1.0690690690690p-60},
	{0x1.8f9c18f9c18fap-6, -0x1.f3831f3831f38p-61},
	{0x1.7d05f417d05f4p-6, 0x1.7d05f417d05f4p-62},
	{0x1.6c16c16c16c17p-6, -0x1.f49f49f49f49fp-61},
	{0x1.5c9882b931057p-6, 0x1.310572620ae4cp-61},
	{0x1.4e5e0a72f0539p-6, 0x1.e0a72f0539783p-60},
	{0x1.4141414141414p-6, 0x1.4141414141414p-62},
	{0x1.3521cfb2b78c1p-6, 0x1.a90e7d95bc60ap-61},
	{0x1.29e4129e4129ep-6, 0x1.04a7904a7904ap-60},
	{0x1.1f7047dc11f70p-6, 0x1.1f7047dc11f70p-60},
	{0x1.15b1e5f75270dp-6, 0x1.15b1e5f75270dp-64},
}

// lnOf returns k * ln 2.
func lnOf(k int) dd {
	f := float64(k)
	p, e := twoProd(f, ddLn2.hi)
	q, qe := twoProd(f, ddLn2.lo)
	return dd{p, e}.add(dd{q, qe}).addF(f * ln2Lo2)
}

// Exponential.

const (
	expSquarings = 8
	expTerms     = 10
)

// expDD returns m and k with e**x = m * 2**k, m within [0.7, 1.42].
func expDD(x dd) (dd, int) {
	kf := math.Round(x.hi * ddInvLn2.hi)
	r := x.sub(lnOf(int(kf)))
	r = r.scale(-expSquarings)
	// expm1(r) by its Taylor series, then expm1(2a) = expm1(a)*(expm1(a)+2).
	s := invFact[expTerms]
	for n := expTerms - 1; n >= 1; n-- {
		s = s.mul(r).add(invFact[n])
	}
	m1 := s.mul(r)
	for i := 0; i < expSquarings; i++ {
		m1 = m1.mul(m1.addF(2))
	}
	return m1.addF(1), int(kf)
}

func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1) || x > 710:
		return math.Exp(x)
	case x < -708:
		return math.Exp(x) // subnormal results: the C library's rounding differs anyway
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	m, k := expDD(ddOf(x))
	return math.Ldexp(m.hi, k)
}

func crExp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x > 1025 || x < -1022:
		return math.Exp2(x)
	}
	k := math.Round(x)
	f := x - k
	if f == 0 {
		return math.Ldexp(1, int(k))
	}
	m, k2 := expDD(ddLn2.mulF(f))
	return math.Ldexp(m.hi, int(k)+k2)
}

// Logarithms.

// atanhLog returns ln a for a near 1, as 2*atanh((a-1)/(a+1)).
func atanhLog(a dd) dd {
	u := a.addF(-1).div(a.addF(1))
	u2 := u.mul(u)
	const terms = 12
	s := invOdd[terms]
	for n := terms - 1; n >= 0; n-- {
		s = s.mul(u2).add(invOdd[n])
	}
	return s.mul(u).scale(1)
}

// logParts splits ln a (a > 0, finite) as e*ln 2 + lm.
func logParts(a dd) (int, dd) {
	if math.Abs(a.hi-1) < 1.0/16 {
		return 0, atanhLog(a)
	}
	m, e := math.Frexp(a.hi)
	if m < math.Sqrt2/2 {
		e--
	}
	am := a.scale(-e)
	if math.Abs(am.hi-1) < 1.0/16 {
		return e, atanhLog(am)
	}
	// Two square roots bring am within 1/11 of 1: ln am = 4 ln am**(1/4).
	return e, atanhLog(am.sqrt().sqrt()).scale(2)
}

// logSpecial handles the arguments of the logarithms that need no
// evaluation; ok is false for ordinary ones.
func logSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	case math.IsInf(x, 1):
		return x, true
	case x < 0x1p-1022:
		return 0, false // subnormal: scaled below
	}
	return 0, false
}

// logAll returns e and lm for x > 0 finite, scaling subnormals first.
func logAll(x float64) (int, dd) {
	if x < 0x1p-1022 {
		e, lm := logParts(ddOf(x * 0x1p54))
		return e - 54, lm
	}
	return logParts(ddOf(x))
}

func crLog(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	e, lm := logAll(x)
	return lnOf(e).add(lm).hi
}

func crLog2(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	e, lm := logAll(x)
	return lm.mul(ddInvLn2).addF(float64(e)).hi
}

// crLog10 composes log10 the way the C library does (and so rounds as
// it does, which is not always correctly): x = 2**k * m with m in [1, 2)
// (or [1/2, 1) when k < 0), then k*log10(2) split in two parts around
// ln(m)/ln(10).
func crLog10(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	const (
		invLn10   = 4.34294481903251816668e-01
		log10of2H = 3.01029995663611771306e-01
		log10of2L = 3.69423907715893078616e-13
	)
	m, k := math.Frexp(x) // m in [1/2, 1)
	k--
	m *= 2
	if k < 0 {
		k++
		m /= 2
	}
	y := float64(k)
	z := y*log10of2L + invLn10*crLog(m)
	return z + y*log10of2H
}

// crPow is C's pow for the cases mathPow leaves: x**y = e**(y ln x).
func crPow(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 || x == 1 {
		return math.Pow(x, y)
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = math.Abs(y) < 0x1p53 && int64(y)&1 == 1
		x = -x
	}
	var r float64
	e, lm := logAll(x)
	z := lnOf(e).add(lm).mulF(y)
	switch {
	case z.hi > 710:
		r = math.Inf(1)
	case z.hi < -708:
		r = math.Pow(x, y)
	default:
		m, k := expDD(z)
		r = math.Ldexp(m.hi, k)
	}
	if neg {
		return -r
	}
	return r
}

// Trigonometric functions.

const trigTerms = 14

func signed(c dd, n int) dd {
	if n&1 == 1 {
		return c.neg()
	}
	return c
}

// sinDD and cosDD sum the Taylor series, for |r| <= pi/4 (a little more
// does no harm).
func sinDD(r dd) dd {
	r2 := r.mul(r)
	s := signed(invFact[2*trigTerms+1], trigTerms)
	for n := trigTerms - 1; n >= 0; n-- {
		s = s.mul(r2).add(signed(invFact[2*n+1], n))
	}
	return s.mul(r)
}

func cosDD(r dd) dd {
	r2 := r.mul(r)
	s := signed(invFact[2*trigTerms], trigTerms)
	for n := trigTerms - 1; n >= 0; n-- {
		s = s.mul(r2).add(signed(invFact[2*n], n))
	}
	return s
}

// reduce returns r and q with x = k*pi/2 + r, |r| <= pi/4, q = k mod 4;
// ok is false for infinities and NaN.
func reduce(x float64) (r dd, q int, ok bool) {
	if math.Abs(x) <= math.Pi/4 {
		return ddOf(x), 0, true
	}
	if math.Abs(x) > 0x1p20 {
		r, q = reduceBig(x)
		return r, q, true
	}
	kf := math.Round(x * (2 / math.Pi))
	p, pe := twoProd(kf, ddPio2.hi)
	q1, q1e := twoProd(kf, ddPio2.lo)
	r = ddOf(x).sub(dd{p, pe}).sub(dd{q1, q1e}).addF(-kf * pio2Lo2)
	return r, int(int64(kf) & 3), true
}

// bigPio2 is pi/2 to bigPrec bits, enough to reduce any double exactly.
var (
	bigPio2     *big.Float
	bigPio2Once sync.Once
)

const bigPrec = 1400

// reduceBig reduces a large argument with multiple-precision arithmetic.
func reduceBig(x float64) (dd, int) {
	bigPio2Once.Do(func() { bigPio2 = new(big.Float).SetPrec(bigPrec).Quo(machinPi(bigPrec+64), big.NewFloat(2)) })
	bx := new(big.Float).SetPrec(bigPrec).SetFloat64(x)
	q := new(big.Float).SetPrec(bigPrec).Quo(bx, bigPio2)
	k, _ := q.Int(nil) // toward zero
	frac := new(big.Float).SetPrec(bigPrec).Sub(q, new(big.Float).SetInt(k))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		k.Add(k, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		k.Sub(k, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(bigPrec).Mul(new(big.Float).SetPrec(bigPrec).SetInt(k), bigPio2)
	r.Sub(bx, r)
	hi, _ := r.Float64()
	lo, _ := r.Sub(r, big.NewFloat(hi)).Float64()
	return dd{hi, lo}, int(new(big.Int).And(k, big.NewInt(3)).Int64())
}

// machinPi computes pi to prec bits with Machin's formula,
// pi = 16 atan(1/5) - 4 atan(1/239), in fixed point.
func machinPi(prec uint) *big.Float {
	one := new(big.Int).Lsh(big.NewInt(1), prec+16)
	atanInv := func(n int64) *big.Int {
		sum := new(big.Int)
		term := new(big.Int).Quo(one, big.NewInt(n))
		n2 := big.NewInt(n * n)
		t := new(big.Int)
		for k := int64(1); term.Sign() != 0; k += 2 {
			t.Quo(term, big.NewInt(k))
			if k%4 == 1 {
				sum.Add(sum, t)
			} else {
				sum.Sub(sum, t)
			}
			term.Quo(term, n2)
		}
		return sum
	}
	pi := new(big.Int).Mul(atanInv(5), big.NewInt(16))
	pi.Sub(pi, new(big.Int).Mul(atanInv(239), big.NewInt(4)))
	f := new(big.Float).SetPrec(prec).SetInt(pi)
	return f.SetMantExp(f, -int(prec+16))
}

func crSin(x float64) float64 {
	if math.Abs(x) < 0x1p-28 {
		return x
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	r, q, ok := reduce(x)
	if !ok {
		return math.Sin(x)
	}
	switch q {
	case 0:
		return sinDD(r).hi
	case 1:
		return cosDD(r).hi
	case 2:
		return -sinDD(r).hi
	}
	return -cosDD(r).hi
}

func crCos(x float64) float64 {
	if math.Abs(x) < 0x1p-28 {
		return 1
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	r, q, ok := reduce(x)
	if !ok {
		return math.Cos(x)
	}
	switch q {
	case 0:
		return cosDD(r).hi
	case 1:
		return -sinDD(r).hi
	case 2:
		return -cosDD(r).hi
	}
	return sinDD(r).hi
}

func crTan(x float64) float64 {
	if math.Abs(x) < 0x1p-28 {
		return x
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	r, q, ok := reduce(x)
	if !ok {
		return math.Tan(x)
	}
	s, c := sinDD(r), cosDD(r)
	if q&1 == 1 {
		return c.div(s).neg().hi
	}
	return s.div(c).hi
}

// atanDD returns atan a for |a| <= 1: one Newton step on
// sin(y) - a*cos(y) = 0 from Go's value.
func atanDD(a dd) dd {
	y0 := math.Atan(a.hi)
	s, c := sinDD(ddOf(y0)), cosDD(ddOf(y0))
	num := s.sub(c.mul(a))
	den := c.hi + a.hi*s.hi
	return ddOf(y0).addF(-num.hi / den)
}

func crAtan(x float64) float64 {
	if math.Abs(x) < 0x1p-28 {
		return x
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Atan(x)
	}
	if math.Abs(x) <= 1 {
		return atanDD(ddOf(x)).hi
	}
	r := ddPio2.sub(atanDD(ddOf(1).div(ddOf(math.Abs(x)))))
	return math.Copysign(r.hi, x)
}

func crAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	var r dd
	if math.Abs(y) <= math.Abs(x) {
		q := ddOf(y).div(ddOf(x))
		if math.Abs(q.hi) < 0x1p-1000 {
			return math.Atan2(y, x)
		}
		r = atanDD(q)
		if x < 0 {
			if y > 0 {
				r = ddPi.add(r)
			} else {
				r = r.sub(ddPi)
			}
		}
	} else {
		a := atanDD(ddOf(x).div(ddOf(y)))
		if y > 0 {
			r = ddPio2.sub(a)
		} else {
			r = ddPio2.neg().sub(a)
		}
	}
	return r.hi
}

// asinDD returns asin a for |a| <= 1/2: one Newton step on sin(y) = a.
func asinDD(a dd) dd {
	y0 := math.Asin(a.hi)
	s, c := sinDD(ddOf(y0)), cosDD(ddOf(y0))
	return ddOf(y0).addF(-s.sub(a).hi / c.hi)
}

func crAsin(x float64) float64 {
	ax := math.Abs(x)
	if ax < 0x1p-28 {
		return x
	}
	if ax > 1 || math.IsNaN(x) {
		return math.NaN()
	}
	if ax <= 0.5 {
		return asinDD(ddOf(x)).hi
	}
	// asin x = pi/2 - 2 asin(sqrt((1-x)/2)); 1-x is exact here.
	r := ddPio2.sub(asinDD(ddOf((1 - ax) / 2).sqrt()).scale(1))
	return math.Copysign(r.hi, x)
}

func crAcos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 {
		return math.Acos(x)
	}
	switch {
	case x > 0.5:
		return asinDD(ddOf((1 - x) / 2).sqrt()).scale(1).hi
	case x < -0.5:
		return ddPi.sub(asinDD(ddOf((1 + x) / 2).sqrt()).scale(1)).hi
	}
	return ddPio2.sub(asinDD(ddOf(x))).hi
}

// Hyperbolic functions. The C library builds them from expm1, exp and
// log1p with the classic identities below, rounding each step; composing
// the same steps over correctly rounded exp and log gives its results.

func crSinh(x float64) float64 {
	ax := math.Abs(x)
	h := math.Copysign(0.5, x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ax < 0x1p-28:
		return x
	case ax < 22:
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.7822265625:
		return h * crExp(ax)
	}
	w := crExp(0.5 * ax) // may overflow: the caller reports it
	return h * w * w
}

func crCosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return ax
	case ax < 0.5*math.Ln2:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := crExp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.7822265625:
		return 0.5 * crExp(ax)
	}
	w := crExp(0.5 * ax)
	return 0.5 * w * w
}

func crTanh(x float64) float64 {
	ax := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case ax >= 22:
		z = 1
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

func crAsinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = crLog(ax) + math.Ln2
	case ax > 2:
		w = crLog(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func crAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 1:
		return math.NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return crLog(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return crLog(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

// logDD returns ln a for a > 0 given in double-double.
func logDD(a dd) dd {
	e, lm := logParts(a)
	return lnOf(e).add(lm)
}
