package builtins

import (
	"math"
	"math/cmplx"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The cmath module. For finite arguments every function follows the same
// formulas as CPython's cmath (Kahan's branch-cut-aware ones: the square
// root with its scaling, log through log1p near the unit circle, the
// inverse functions through two complex square roots, the hyperbolic
// ones with an overflow-avoiding branch), built on the real functions of
// ddmath.go that round as glibc does, so results agree with CPython to
// the last bit whenever glibc's real functions do. Products are wrapped
// in float64() so that Go never fuses them into FMAs.
//
// Arguments with an infinite or NaN part take the special values of C99
// Annex G, as CPython's tables do; the domain errors CPython raises for
// them (an infinite imaginary part into exp/cosh/sinh, ...) are
// reproduced by cmathSpecial.

const (
	// cmLargeDouble is where a result risks overflow: DBL_MAX/4.
	cmLargeDouble = math.MaxFloat64 / 4
	// cmScaleUp and cmScaleDown rescale subnormal arguments of sqrt.
	cmScaleUp   = 2*(53/2) + 1
	cmScaleDown = -(cmScaleUp + 1) / 2
	dblMin      = 0x1p-1022
	ln2         = math.Ln2
)

var (
	// mantDigLn2 is 53*ln 2 rounded as C computes it (a product of
	// doubles), not as Go's exact constant arithmetic would.
	mantDigLn2        = mul(53, ln2Var)
	ln2Var            = math.Ln2
	cmLogLargeDouble  = math.Log(cmLargeDouble)
	cmSqrtLargeDouble = math.Sqrt(cmLargeDouble)
	cmSqrtDblMin      = math.Sqrt(dblMin)
)

// cmathErr is the error kind a function reports, as C's errno.
type cmathErr int

const (
	cmOK cmathErr = iota
	cmDomain
	cmRange
)

func (e cmathErr) err() error {
	switch e {
	case cmDomain:
		return errDomain()
	case cmRange:
		return errRange()
	}
	return nil
}

// cfunc is a complex function with its error report.
type cfunc func(z complex128) (complex128, cmathErr)

func buildCmath(th *vm.Thread) (Value, error) {
	b := newModule(th, "cmath")
	t := th.Thread
	b.set("pi", object.MakeFloat(math.Pi))
	b.set("e", object.MakeFloat(math.E))
	b.set("tau", object.MakeFloat(2*math.Pi))
	b.set("inf", object.MakeFloat(math.Inf(1)))
	b.set("nan", object.MakeFloat(math.NaN()))
	b.set("infj", object.NewComplex(t, complex(0, math.Inf(1))))
	b.set("nanj", object.NewComplex(t, complex(0, math.NaN())))
	for name, f := range map[string]cfunc{
		"sqrt": cSqrt, "exp": cExp, "log10": cLog10,
		"sin": cSin, "cos": cCos, "tan": cTan,
		"asin": cAsin, "acos": cAcos, "atan": cAtan,
		"sinh": cSinh, "cosh": cCosh, "tanh": cTanh,
		"asinh": cAsinh, "acosh": cAcosh, "atanh": cAtanh,
	} {
		b.fn(name, cmath1(name, f))
	}
	b.fn("log", cmathLog)
	b.fn("phase", cmathPhase)
	b.fn("polar", cmathPolar)
	b.fn("rect", cmathRect)
	for name, f := range map[string]func(float64) bool{
		"isfinite": func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) },
		"isinf":    func(x float64) bool { return math.IsInf(x, 0) },
		"isnan":    math.IsNaN,
	} {
		b.fn(name, cmathPredicate(name, f))
	}
	b.fn("isclose", cmathIsclose)
	return b.mod, nil
}

func init() { registerGoModule("cmath", buildCmath) }

// toComplex converts an argument as PyComplex_AsCComplex does: complex,
// __complex__, then anything toFloat takes.
func toComplex(t *object.Thread, v Value) (complex128, error) {
	p := object.Payload(t, v)
	if object.IsComplex(p) {
		return object.ComplexValue(p), nil
	}
	if object.TypeOf(v).Lookup(t, "__complex__") != Null {
		r, _, err := object.CallMethod(t, v, "__complex__")
		if err != nil {
			return 0, err
		}
		if rp := object.Payload(t, r); object.IsComplex(rp) {
			return object.ComplexValue(rp), nil
		}
		return 0, object.TypeError("__complex__ returned non-complex (type %s)", object.TypeName(r))
	}
	f, err := toFloat(t, v)
	return complex(f, 0), err
}

func cmath1(name string, f cfunc) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Null, exactlyOne("cmath."+name, args, kw)
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return Null, err
		}
		r, e := f(z)
		if e != cmOK {
			return Null, e.err()
		}
		return object.NewComplex(t, r), nil
	}
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func cFinite(z complex128) bool { return isFinite(real(z)) && isFinite(imag(z)) }

// mul is a product that the compiler may not fuse with an addition.
func mul(a, b float64) float64 { return float64(a * b) }

// ---- square root, exponential, logarithms ----

func cSqrt(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		if math.IsNaN(x) && isFinite(y) {
			// Annex G: csqrt(NaN + iy) is NaN + iNaN; math/cmplx keeps y.
			return complex(math.NaN(), math.NaN()), cmOK
		}
		return cmplx.Sqrt(plainNaN(x, y)), cmOK
	}
	if x == 0 && y == 0 {
		return complex(0, y), cmOK
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < dblMin && ay < dblMin {
		// Tiny arguments: scale up so that hypot keeps its precision.
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+crHypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+crHypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), cmOK
	}
	return complex(d, math.Copysign(s, y)), cmOK
}

func cExp(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return expSpecial(x, y)
	}
	var l float64
	var r complex128
	if x > cmLogLargeDouble {
		l = crExp(x - 1)
		r = complex(mul(mul(l, crCos(y)), math.E), mul(mul(l, crSin(y)), math.E))
	} else {
		l = crExp(x)
		r = complex(mul(l, crCos(y)), mul(l, crSin(y)))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, cmRange
	}
	return r, cmOK
}

// cLogParts is CPython's c_log: the real part through log1p when |z| is
// near 1 (where log(|z|) loses digits), with rescaling at the extremes.
func cLogParts(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return logSpecialC(x, y), cmOK
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		re = crLog(crHypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return complex(math.Inf(-1), crAtan2(y, x)), cmDomain
		}
		re = crLog(crHypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - mantDigLn2
	default:
		h := crHypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = math.Log1p(mul(am-1, am+1)+mul(an, an)) / 2
		} else {
			re = crLog(h)
		}
	}
	return complex(re, crAtan2(y, x)), cmOK
}

func cLog10(z complex128) (complex128, cmathErr) {
	r, e := cLogParts(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10), e
}

// cmathLog is log(z[, base]). With a base, only the base's logarithm can
// fail (as in CPython, whose errno is reset by the second c_log): a
// domain error for log(0) or a zero divisor.
func cmathLog(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("log", args, kw, 1, 2); err != nil {
		return Null, err
	}
	z, err := toComplex(t, args[0])
	if err != nil {
		return Null, err
	}
	var base complex128
	if len(args) == 2 {
		if base, err = toComplex(t, args[1]); err != nil {
			return Null, err
		}
	}
	r, e := cLogParts(z)
	if len(args) == 2 {
		var lb complex128
		lb, e = cLogParts(base)
		var ok bool
		if r, ok = complexDivide(r, lb); !ok {
			e = cmDomain
		}
	}
	if e != cmOK {
		return Null, e.err()
	}
	return object.NewComplex(t, r), nil
}

// complexDivide is Smith's division as complex '/' does it; ok is false
// for a zero divisor.
func complexDivide(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + mul(bi, ratio)
		return complex((ar+mul(ai, ratio))/denom, (ai-mul(ar, ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := mul(br, ratio) + bi
		return complex((mul(ar, ratio)+ai)/denom, (mul(ai, ratio)-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// ---- hyperbolic functions and, through them, the circular ones ----

func cCosh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return coshSpecial(x, y)
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		xm1 := x - math.Copysign(1, x)
		r = complex(mul(mul(crCos(y), crCosh(xm1)), math.E), mul(mul(crSin(y), crSinh(xm1)), math.E))
	} else {
		r = complex(mul(crCos(y), crCosh(x)), mul(crSin(y), crSinh(x)))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, cmRange
	}
	return r, cmOK
}

func cSinh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return sinhSpecial(x, y)
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		xm1 := x - math.Copysign(1, x)
		r = complex(mul(mul(crCos(y), crSinh(xm1)), math.E), mul(mul(crSin(y), crCosh(xm1)), math.E))
	} else {
		r = complex(mul(crCos(y), crSinh(x)), mul(crSin(y), crCosh(x)))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, cmRange
	}
	return r, cmOK
}

func cTanh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return tanhSpecial(x, y)
	}
	if math.Abs(x) > cmSqrtLargeDouble {
		return complex(math.Copysign(1, x), mul(mul(4*crSin(y), crCos(y)), crExp(-2*math.Abs(x)))), cmOK
	}
	tx := crTanh(x)
	ty := crTan(y)
	cx := 1 / crCosh(x)
	txty := mul(tx, ty)
	denom := 1 + mul(txty, txty)
	return complex(mul(tx, 1+mul(ty, ty))/denom, mul(ty/denom, cx)*cx), cmOK
}

// rotate returns i*z and unrotate -i*z: sin(z) = -i sinh(iz) and so on.
func rotate(z complex128) complex128   { return complex(-imag(z), real(z)) }
func unrotate(z complex128) complex128 { return complex(imag(z), -real(z)) }

func cCos(z complex128) (complex128, cmathErr) { return cCosh(rotate(z)) }

func cSin(z complex128) (complex128, cmathErr) {
	r, e := cSinh(rotate(z))
	return unrotate(r), e
}

func cTan(z complex128) (complex128, cmathErr) {
	r, e := cTanh(rotate(z))
	return unrotate(r), e
}

// ---- inverse functions ----

// farLog is log|z| + log 2 for huge z, computed without overflow.
func farLog(x, y float64) float64 { return crLog(crHypot(x/2, y/2)) + 2*ln2 }

func cAsinh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return asinhSpecial(x, y), cmOK
	}
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		var re float64
		if y >= 0 {
			re = math.Copysign(farLog(x, y), x)
		} else {
			re = -math.Copysign(farLog(x, y), -x)
		}
		return complex(re, crAtan2(y, math.Abs(x))), cmOK
	}
	s1, _ := cSqrt(complex(1+y, -x))
	s2, _ := cSqrt(complex(1-y, x))
	re := crAsinh(mul(real(s1), imag(s2)) - mul(real(s2), imag(s1)))
	im := crAtan2(y, mul(real(s1), real(s2))-mul(imag(s1), imag(s2)))
	return complex(re, im), cmOK
}

func cAsin(z complex128) (complex128, cmathErr) {
	r, e := cAsinh(rotate(z))
	return unrotate(r), e
}

func cAcos(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return acosSpecial(x, y), cmOK
	}
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		re := crAtan2(math.Abs(y), x)
		var im float64
		if x < 0 {
			im = -math.Copysign(farLog(x, y), y)
		} else {
			im = math.Copysign(farLog(x, y), -y)
		}
		return complex(re, im), cmOK
	}
	s1, _ := cSqrt(complex(1-x, -y))
	s2, _ := cSqrt(complex(1+x, y))
	re := 2 * crAtan2(real(s1), real(s2))
	im := crAsinh(mul(real(s2), imag(s1)) - mul(imag(s2), real(s1)))
	return complex(re, im), cmOK
}

func cAcosh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return acoshSpecial(x, y), cmOK
	}
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		return complex(farLog(x, y), crAtan2(y, x)), cmOK
	}
	s1, _ := cSqrt(complex(x-1, y))
	s2, _ := cSqrt(complex(x+1, y))
	re := crAsinh(mul(real(s1), real(s2)) + mul(imag(s1), imag(s2)))
	im := 2 * crAtan2(imag(s1), real(s2))
	return complex(re, im), cmOK
}

func cAtanh(z complex128) (complex128, cmathErr) {
	x, y := real(z), imag(z)
	if !cFinite(z) {
		return atanhSpecial(x, y), cmOK
	}
	if x < 0 {
		// atanh is odd: work in the right half-plane.
		r, e := cAtanh(-z)
		return -r, e
	}
	ay := math.Abs(y)
	switch {
	case x > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		h := crHypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), cmOK
	case x == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), y), cmDomain
		}
		re := -crLog(math.Sqrt(ay) / math.Sqrt(crHypot(ay, 2)))
		return complex(re, math.Copysign(crAtan2(2, -ay)/2, y)), cmOK
	}
	re := math.Log1p(4*x/(mul(1-x, 1-x)+mul(ay, ay))) / 4
	im := -crAtan2(-2*y, mul(1-x, 1+x)-mul(ay, ay)) / 2
	return complex(re, im), cmOK
}

func cAtan(z complex128) (complex128, cmathErr) {
	r, e := cAtanh(rotate(z))
	return unrotate(r), e
}

// ---- polar coordinates and predicates ----

func cmathPhase(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, exactlyOne("phase", args, kw)
	}
	z, err := toComplex(t, args[0])
	if err != nil {
		return Null, err
	}
	return object.MakeFloat(crAtan2(imag(z), real(z))), nil
}

func cmathPolar(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, exactlyOne("polar", args, kw)
	}
	z, err := toComplex(t, args[0])
	if err != nil {
		return Null, err
	}
	r := cAbs(z)
	if math.IsInf(r, 0) && cFinite(z) {
		return Null, errRange()
	}
	return object.NewTuple(t, []Value{object.MakeFloat(r), object.MakeFloat(crAtan2(imag(z), real(z)))}), nil
}

// cAbs is abs(z) with C99's special cases: an infinite part wins over NaN.
func cAbs(z complex128) float64 {
	x, y := real(z), imag(z)
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	return crHypot(x, y)
}

func cmathRect(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("rect", args, kw, 2, 2); err != nil {
		return Null, err
	}
	r, err := toFloat(t, args[0])
	if err != nil {
		return Null, err
	}
	phi, err := toFloat(t, args[1])
	if err != nil {
		return Null, err
	}
	z, e := rect(r, phi)
	if e != cmOK {
		return Null, e.err()
	}
	return object.NewComplex(t, z), nil
}

func rect(r, phi float64) (complex128, cmathErr) {
	switch {
	case !isFinite(r) || !isFinite(phi):
		return rectSpecial(r, phi)
	case phi == 0:
		return complex(r, mul(r, phi)), cmOK
	}
	return complex(mul(r, crCos(phi)), mul(r, crSin(phi))), cmOK
}

func cmathPredicate(name string, f func(float64) bool) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Null, exactlyOne(name, args, kw)
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return Null, err
		}
		if name == "isfinite" {
			return object.Bool(f(real(z)) && f(imag(z))), nil
		}
		return object.Bool(f(real(z)) || f(imag(z))), nil
	}
}

func cmathIsclose(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	var av, bv Value
	relV, absV := object.MakeFloat(1e-9), object.MakeFloat(0)
	if len(args)-len(kw) > 2 {
		return Null, object.TypeError("isclose() takes exactly 2 positional arguments (%d given)", len(args)-len(kw))
	}
	for _, k := range kw {
		if k != "a" && k != "b" && k != "rel_tol" && k != "abs_tol" {
			return Null, object.TypeError("'%s' is an invalid keyword argument for isclose()", k)
		}
	}
	if err := object.UnpackArgs("isclose", args, kw, []string{"a", "b", "*", "rel_tol?", "abs_tol?"},
		&av, &bv, &relV, &absV); err != nil {
		return Null, err
	}
	a, err := toComplex(t, av)
	if err != nil {
		return Null, err
	}
	b, err := toComplex(t, bv)
	if err != nil {
		return Null, err
	}
	relTol, err := toFloat(t, relV)
	if err != nil {
		return Null, err
	}
	absTol, err := toFloat(t, absV)
	if err != nil {
		return Null, err
	}
	if relTol < 0 || absTol < 0 {
		return Null, object.ValueError("tolerances must be non-negative")
	}
	if a == b {
		return object.True, nil
	}
	if math.IsInf(real(a), 0) || math.IsInf(imag(a), 0) || math.IsInf(real(b), 0) || math.IsInf(imag(b), 0) {
		return object.False, nil
	}
	diff := cAbs(a - b)
	return object.Bool(diff <= relTol*cAbs(b) || diff <= relTol*cAbs(a) || diff <= absTol), nil
}

// crHypot is sqrt(x*x + y*y) correctly rounded (glibc's hypot is),
// computed in double-double after scaling by a power of two.
func crHypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	_, e := math.Frexp(x)
	// Scale x into [0.5, 1): the squares can neither overflow nor lose y.
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	p, pe := twoProd(xs, xs)
	q, qe := twoProd(ys, ys)
	s := dd{p, pe}.add(dd{q, qe}).sqrt()
	return math.Ldexp(s.hi+s.lo, e)
}

// ---- special values (an infinite or NaN part) ----
//
// Go's math/cmplx implements C99 Annex G's special values for these
// functions. Where Annex G leaves the sign of a zero or an infinity
// unspecified, CPython's tables choose +; the fix-ups below do the same,
// and NaN arguments are made positive first because math/cmplx lets the
// sign of a NaN decide some signs, while CPython's tables do not look at
// it. The errors are CPython's: a domain error where an infinite
// imaginary part meets a real part that does not decide the result.

// plainNaN clears the sign of NaN parts.
func plainNaN(x, y float64) complex128 {
	if math.IsNaN(x) {
		x = math.NaN()
	}
	if math.IsNaN(y) {
		y = math.NaN()
	}
	return complex(x, y)
}

func expSpecial(x, y float64) (complex128, cmathErr) {
	r := cmplx.Exp(plainNaN(x, y))
	if math.IsInf(x, -1) && !isFinite(y) {
		r = 0
	}
	if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
		return r, cmDomain
	}
	return r, cmOK
}

func coshSpecial(x, y float64) (complex128, cmathErr) {
	r := cmplx.Cosh(plainNaN(x, y))
	if imag(r) == 0 && math.IsNaN(real(r)) {
		r = complex(real(r), 0)
	}
	if math.IsInf(y, 0) && !math.IsNaN(x) {
		return r, cmDomain
	}
	return r, cmOK
}

func sinhSpecial(x, y float64) (complex128, cmathErr) {
	r := cmplx.Sinh(plainNaN(x, y))
	if math.IsNaN(y) && (x == 0 || math.IsInf(x, 0)) {
		r = complex(math.Abs(x), y)
	}
	if math.IsInf(y, 0) && !math.IsNaN(x) {
		return r, cmDomain
	}
	return r, cmOK
}

func tanhSpecial(x, y float64) (complex128, cmathErr) {
	r := cmplx.Tanh(plainNaN(x, y))
	if math.IsInf(x, 0) && !isFinite(y) {
		r = complex(real(r), 0)
	}
	if math.IsInf(y, 0) && isFinite(x) {
		return r, cmDomain
	}
	return r, cmOK
}

func logSpecialC(x, y float64) complex128 { return cmplx.Log(plainNaN(x, y)) }

func asinhSpecial(x, y float64) complex128 {
	if math.IsNaN(x) && math.IsInf(y, 0) {
		return complex(math.Inf(1), math.NaN())
	}
	return cmplx.Asinh(plainNaN(x, y))
}

func acosSpecial(x, y float64) complex128 {
	if math.IsInf(x, 0) && math.IsNaN(y) {
		return complex(math.NaN(), math.Inf(1))
	}
	return cmplx.Acos(plainNaN(x, y))
}

func acoshSpecial(x, y float64) complex128 {
	if isFinite(x) && math.IsNaN(y) {
		return complex(math.NaN(), math.NaN())
	}
	return cmplx.Acosh(plainNaN(x, y))
}

func atanhSpecial(x, y float64) complex128 { return cmplx.Atanh(plainNaN(x, y)) }

// rectSpecial is r*(cos phi + i sin phi) with C99's rules for infinite
// and NaN r and phi (those of cosh/sinh, which rect mirrors).
func rectSpecial(r, phi float64) (complex128, cmathErr) {
	var z complex128
	switch {
	case math.IsInf(r, 0) && isFinite(phi) && phi != 0:
		z = complex(math.Copysign(math.Inf(1), crCos(phi)), math.Copysign(math.Inf(1), crSin(phi)))
		if r < 0 {
			z = -z
		}
	case math.IsInf(r, 0) && phi == 0:
		// The imaginary part is r*0 with the sign of the product.
		zero := 0.0
		if math.Signbit(r) != math.Signbit(phi) {
			zero = math.Copysign(0, -1)
		}
		z = complex(r, zero)
	case math.IsInf(r, 0):
		z = complex(math.Inf(1), math.NaN())
	case r == 0:
		z = 0
	case math.IsNaN(r) && phi == 0:
		z = complex(r, 0)
	default:
		z = complex(math.NaN(), math.NaN())
	}
	if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
		return z, cmDomain
	}
	return z, cmOK
}
