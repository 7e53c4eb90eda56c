package builtins

import (
	"math"
	"math/big"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The math module. exp, exp2, log, log2, log10, pow, the trigonometric
// and hyperbolic functions and their inverses come from ddmath.go and
// round as the C library CPython uses does (they agree on all but about
// one argument in a thousand). expm1, log1p, atanh and erf come from Go's
// math package, which agrees with the C library on them as often; cbrt,
// erfc, gamma and lgamma do too but differ from it in the last bit for a
// good share of arguments. The exactly specified functions (sqrt, fsum,
// fmod, floor, factorial, comb, hypot, ...) agree exactly.

func buildMath(th *vm.Thread) (Value, error) {
	b := newModule(th, "math")
	b.set("pi", object.MakeFloat(math.Pi))
	b.set("e", object.MakeFloat(math.E))
	b.set("tau", object.MakeFloat(2*math.Pi))
	b.set("inf", object.MakeFloat(math.Inf(1)))
	b.set("nan", object.MakeFloat(math.NaN()))

	for name, f := range map[string]func(float64) float64{
		"sqrt": math.Sqrt, "sin": crSin, "cos": crCos, "tan": crTan,
		"asin": crAsin, "acos": crAcos, "atan": crAtan, "asinh": crAsinh,
		"acosh": crAcosh, "atanh": math.Atanh, "tanh": crTanh, "erf": math.Erf,
		"erfc": math.Erfc, "log1p": math.Log1p, "fabs": math.Abs, "cbrt": math.Cbrt,
		"degrees": func(x float64) float64 { return x * (180 / math.Pi) },
		"radians": func(x float64) float64 { return x * (math.Pi / 180) },
	} {
		b.fn(name, math1(name, f, false))
	}
	for name, f := range map[string]func(float64) float64{
		"exp": crExp, "expm1": math.Expm1, "cosh": crCosh, "sinh": crSinh, "exp2": crExp2,
	} {
		b.fn(name, math1(name, f, true))
	}
	b.fn("gamma", math1("gamma", gamma, true))
	b.fn("lgamma", math1("lgamma", lgamma, true))
	for name, f := range map[string]func(float64, float64) float64{
		"atan2": crAtan2, "copysign": math.Copysign, "fmod": math.Mod,
		"remainder": math.Remainder, "nextafter": math.Nextafter,
	} {
		b.fn(name, math2(name, f))
	}
	b.fn("pow", math2("pow", mathPow))
	b.fn("log", mathLog)
	b.fn("log2", logFunc("log2", crLog2))
	b.fn("log10", logFunc("log10", crLog10))
	b.fn("floor", rounder("floor", "__floor__", math.Floor))
	b.fn("ceil", rounder("ceil", "__ceil__", math.Ceil))
	b.fn("trunc", mathTrunc)
	for name, f := range map[string]func(float64) bool{
		"isfinite": func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) },
		"isinf":    func(x float64) bool { return math.IsInf(x, 0) },
		"isnan":    math.IsNaN,
	} {
		b.fn(name, mathPredicate(name, f))
	}
	b.fn("frexp", mathFrexp)
	b.fn("ldexp", mathLdexp)
	b.fn("modf", mathModf)
	b.fn("ulp", mathUlp)
	b.fn("hypot", mathHypot)
	b.fn("dist", mathDist)
	b.fn("fsum", mathFsum)
	b.fn("prod", mathProd)
	b.fn("isclose", mathIsclose)
	b.fn("factorial", mathFactorial)
	b.fn("gcd", gcdLcm("gcd", false))
	b.fn("lcm", gcdLcm("lcm", true))
	b.fn("isqrt", mathIsqrt)
	b.fn("comb", mathComb)
	b.fn("perm", mathPerm)
	return b.mod, nil
}

var (
	errDomain = func() error { return object.ValueError("math domain error") }
	errRange  = func() error { return object.OverflowError("math range error") }
)

// toFloat converts a math argument as PyFloat_AsDouble does: floats, ints
// (OverflowError when too large), then __float__ and __index__.
func toFloat(t *object.Thread, v Value) (float64, error) {
	switch {
	case v.IsFloat():
		return v.Float(), nil
	case v.IsSmallInt():
		return float64(v.SmallInt()), nil
	case object.IsIntOrBool(v):
		f, err := object.BigIntToFloat(object.IntBig(v))
		return f, object.FormatErrorException(err)
	}
	if p := object.Payload(t, v); p != v && (p.IsFloat() || object.IsIntOrBool(p)) {
		return toFloat(t, p)
	}
	if r, found, err := object.CallMethod(t, v, "__float__"); found {
		if err != nil {
			return 0, err
		}
		if p := object.Payload(t, r); p.IsFloat() {
			return p.Float(), nil
		}
		return 0, object.TypeError("%s.__float__ returned non-float (type %s)", object.TypeName(v), object.TypeName(r))
	}
	if object.TypeOf(v).Lookup(t, "__index__") != Null {
		iv, err := object.IndexValue(t, v)
		if err != nil {
			return 0, err
		}
		return toFloat(t, iv)
	}
	return 0, object.TypeError("must be real number, not %s", object.TypeName(v))
}

// math1 wraps a one-argument function with CPython's error rules: a NaN
// from a non-NaN argument is a domain error; an infinity from a finite
// argument is a range error (OverflowError) for functions that can
// overflow and a domain error otherwise.
func math1(name string, f func(float64) float64, canOverflow bool) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Null, exactlyOne("math."+name, args, kw)
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return Null, err
		}
		r := f(x)
		if err := checkResult(x, r, canOverflow); err != nil {
			return Null, err
		}
		return object.MakeFloat(r), nil
	}
}

func checkResult(x, r float64, canOverflow bool) error {
	switch {
	case math.IsNaN(r) && !math.IsNaN(x):
		return errDomain()
	case math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x):
		if canOverflow {
			return errRange()
		}
		return errDomain()
	}
	return nil
}

// gamma is Γ(x) with CPython's errors: poles are domain errors.
func gamma(x float64) float64 {
	if x <= 0 && x == math.Floor(x) || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func lgamma(x float64) float64 {
	if x <= 0 && x == math.Floor(x) && !math.IsInf(x, 0) {
		return math.NaN()
	}
	r, _ := math.Lgamma(x)
	return r
}

// math2 wraps a two-argument function: NaN from non-NaN arguments is a
// domain error, infinity from finite ones a range error.
func math2(name string, f func(float64, float64) float64) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := checkCount(name, args, kw, 2, 2); err != nil {
			return Null, err
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return Null, err
		}
		y, err := toFloat(t, args[1])
		if err != nil {
			return Null, err
		}
		r := f(x, y)
		nanIn := math.IsNaN(x) || math.IsNaN(y)
		finiteIn := !math.IsInf(x, 0) && !math.IsInf(y, 0) && !nanIn
		switch {
		case math.IsNaN(r) && !nanIn:
			return Null, errDomain()
		case math.IsInf(r, 0) && finiteIn && name != "nextafter" && name != "copysign":
			if name == "pow" && x == 0 {
				return Null, errDomain()
			}
			return Null, errRange()
		}
		return object.MakeFloat(r), nil
	}
}

// mathPow is C pow: 1**y and x**0 are 1 even for NaN.
func mathPow(x, y float64) float64 {
	if x == 1 || y == 0 {
		return 1
	}
	return crPow(x, y)
}

// logValue applies a logarithm f to a math argument. Ints too large for a
// float are split as m * 2**e, giving f(m) + e*f(2), as CPython does.
func logValue(t *object.Thread, v Value, f func(float64) float64) (float64, error) {
	if object.IsIntOrBool(v) && !v.IsSmallInt() {
		x := object.IntBig(v)
		if x.Sign() <= 0 {
			return 0, errDomain()
		}
		if fx, err := object.BigIntToFloat(x); err == nil {
			return f(fx), nil
		}
		e := x.BitLen()
		mf := new(big.Float).SetInt(x)
		m, _ := mf.SetMantExp(mf, -e).Float64()
		return f(m) + float64(e)*f(2), nil
	}
	x, err := toFloat(t, v)
	if err != nil {
		return 0, err
	}
	if x <= 0 {
		return 0, errDomain()
	}
	return f(x), nil
}

func mathLog(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return Null, object.TypeError("math.log requires 1 to 2 arguments")
	}
	if err := object.NoKwargs("log", kw); err != nil {
		return Null, err
	}
	num, err := logValue(t, args[0], crLog)
	if err != nil {
		return Null, err
	}
	if len(args) == 1 {
		return object.MakeFloat(num), nil
	}
	den, err := logValue(t, args[1], crLog)
	if err != nil {
		return Null, err
	}
	if den == 0 {
		return Null, object.ZeroDivisionError("float division by zero")
	}
	return object.MakeFloat(num / den), nil
}

// logFunc returns log2 or log10.
func logFunc(name string, f func(float64) float64) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("math."+name, args, kw); err != nil {
			return Null, err
		}
		r, err := logValue(t, args[0], f)
		if err != nil {
			return Null, err
		}
		return object.MakeFloat(r), nil
	}
}

// rounder returns floor or ceil: ints are returned as they are, floats
// rounded to an int, other objects use their __floor__/__ceil__ method or
// else their float value.
func rounder(name, dunder string, f func(float64) float64) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("math."+name, args, kw); err != nil {
			return Null, err
		}
		v := args[0]
		switch {
		case v.IsSmallInt():
			return v, nil
		case v.IsFloat():
			return floatToInt(t, f(v.Float()))
		case object.IsIntOrBool(v):
			return object.IntFromValue(t, v)
		}
		if object.TypeOf(v).Flags&object.FlagBuiltin == 0 {
			if r, found, err := object.CallMethod(t, v, dunder); found {
				return r, err
			}
		}
		x, err := toFloat(t, v)
		if err != nil {
			return Null, err
		}
		return floatToInt(t, f(x))
	}
}

func floatToInt(t *object.Thread, x float64) (Value, error) {
	if x >= object.SmallIntMin && x <= object.SmallIntMax {
		return object.MakeSmallInt(int64(x)), nil
	}
	z, err := object.FloatToBigInt(x)
	if err != nil {
		return Null, object.FormatErrorException(err)
	}
	return object.NewInt(t, z), nil
}

func mathTrunc(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("math.trunc", args, kw); err != nil {
		return Null, err
	}
	v := args[0]
	switch {
	case v.IsFloat():
		return floatToInt(t, math.Trunc(v.Float()))
	case object.IsIntOrBool(v):
		return object.IntFromValue(t, v)
	}
	r, found, err := object.CallMethod(t, v, "__trunc__")
	if !found {
		return Null, object.TypeError("type %s doesn't define __trunc__ method", object.TypeName(v))
	}
	return r, err
}

func mathPredicate(name string, f func(float64) bool) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("math."+name, args, kw); err != nil {
			return Null, err
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return Null, err
		}
		return object.Bool(f(x)), nil
	}
}

func mathFrexp(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("math.frexp", args, kw); err != nil {
		return Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return Null, err
	}
	m, e := math.Frexp(x)
	return object.NewTuple(t, []Value{object.MakeFloat(m), object.MakeSmallInt(int64(e))}), nil
}

func mathLdexp(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("ldexp", args, kw, 2, 2); err != nil {
		return Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return Null, err
	}
	if !object.IsIntOrBool(object.Payload(t, args[1])) {
		return Null, object.TypeError("Expected an int as second argument to ldexp.")
	}
	e := int64(0)
	iv := object.Payload(t, args[1])
	if n, ok := object.IntValue(iv); ok {
		e = n
	} else if object.IntSign(iv) > 0 {
		e = math.MaxInt64
	} else {
		e = math.MinInt64
	}
	e = max(min(e, 1<<20), -(1 << 20)) // beyond these every result saturates
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return Null, errRange()
	}
	return object.MakeFloat(r), nil
}

func mathModf(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("math.modf", args, kw); err != nil {
		return Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return Null, err
	}
	var ip, fp float64
	if math.IsInf(x, 0) {
		ip, fp = x, math.Copysign(0, x)
	} else {
		ip, fp = math.Modf(x)
	}
	return object.NewTuple(t, []Value{object.MakeFloat(fp), object.MakeFloat(ip)}), nil
}

func mathUlp(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("math.ulp", args, kw); err != nil {
		return Null, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return Null, err
	}
	x = math.Abs(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return object.MakeFloat(x), nil
	}
	up := math.Nextafter(x, math.Inf(1))
	if math.IsInf(up, 0) {
		return object.MakeFloat(x - math.Nextafter(x, math.Inf(-1))), nil
	}
	return object.MakeFloat(up - x), nil
}

// vectorNorm returns the Euclidean norm of xs, correctly rounded in all but
// rare cases: the squares are summed exactly as double-doubles after
// scaling by a power of two, and the square root gets one Newton
// correction.
func vectorNorm(xs []float64) float64 {
	maxAbs := 0.0
	sawNaN := false
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return x
		}
		if math.IsNaN(x) {
			sawNaN = true
		}
		maxAbs = math.Max(maxAbs, x)
	}
	if sawNaN {
		return math.NaN()
	}
	if maxAbs == 0 || len(xs) == 1 {
		return maxAbs
	}
	_, e := math.Frexp(maxAbs)
	var hi, lo float64
	for _, x := range xs {
		x = math.Ldexp(x, -e)
		sq := x * x
		sqLo := math.FMA(x, x, -sq)
		hi, lo = twoSumAdd(hi, lo, sq)
		lo += sqLo
	}
	hi, lo = hi+lo, lo-((hi+lo)-hi)
	h := math.Sqrt(hi)
	// Newton step on h**2 = hi + lo, with the residual computed exactly.
	r := math.FMA(-h, h, hi) + lo
	h += r / (2 * h)
	return math.Ldexp(h, e)
}

// twoSumAdd adds x to the double-double (hi, lo).
func twoSumAdd(hi, lo, x float64) (float64, float64) {
	s := hi + x
	bb := s - hi
	err := (hi - (s - bb)) + (x - bb)
	return s, lo + err
}

func floatArgs(t *object.Thread, xs []Value) ([]float64, error) {
	out := make([]float64, len(xs))
	for i, x := range xs {
		f, err := toFloat(t, x)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

func mathHypot(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("hypot", kw); err != nil {
		return Null, err
	}
	xs, err := floatArgs(t, args)
	if err != nil {
		return Null, err
	}
	return object.MakeFloat(vectorNorm(xs)), nil
}

func mathDist(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("dist", args, kw, 2, 2); err != nil {
		return Null, err
	}
	var pts [2][]float64
	for i, a := range args {
		items, err := object.Collect(t, a)
		if err != nil {
			return Null, err
		}
		if pts[i], err = floatArgs(t, items); err != nil {
			return Null, err
		}
	}
	if len(pts[0]) != len(pts[1]) {
		return Null, object.ValueError("both points must have the same number of dimensions")
	}
	d := make([]float64, len(pts[0]))
	for i := range d {
		d[i] = math.Abs(pts[0][i] - pts[1][i])
	}
	return object.MakeFloat(vectorNorm(d)), nil
}

// mathFsum is an exactly rounded sum (Shewchuk's algorithm: the partial
// sums are kept as a list of non-overlapping floats), with CPython's
// handling of infinities, NaNs and intermediate overflow.
func mathFsum(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("fsum", args, kw); err != nil {
		return Null, err
	}
	var partials []float64
	special, infSum := 0.0, 0.0
	err := forEach(t, args[0], func(v Value) (bool, error) {
		x, err := toFloat(t, v)
		if err != nil {
			return true, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if math.IsInf(x, 0) {
				infSum += x
			}
			special += x
			return false, nil
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		if math.IsInf(x, 0) {
			return true, object.OverflowError("intermediate overflow in fsum")
		}
		partials = append(partials[:i], x)
		return false, nil
	})
	if err != nil {
		return Null, err
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return Null, object.ValueError("-inf + inf in fsum")
		}
		return object.MakeFloat(special), nil
	}
	return object.MakeFloat(roundPartials(partials)), nil
}

// roundPartials sums Shewchuk partials (increasing magnitude) with a
// correctly rounded result, fixing the half-way case.
func roundPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	// If the remainder is exactly half an ulp and the next partial has the
	// same sign, round away from the tie the way exact arithmetic would.
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		yr := x - hi
		if y == yr {
			hi = x
		}
	}
	return hi
}

func mathProd(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return Null, object.TypeError("prod() takes exactly 1 positional argument (%d given)", npos)
	}
	iterable, start := Null, object.MakeSmallInt(1)
	if err := object.UnpackArgs("prod", args, kw, []string{"iterable", "*", "start?"}, &iterable, &start); err != nil {
		return Null, err
	}
	acc := start
	err := forEach(t, iterable, func(x Value) (bool, error) {
		var err error
		if acc.IsSmallInt() && x.IsSmallInt() {
			a, b := acc.SmallInt(), x.SmallInt()
			if p := a * b; (a == 0 || p/a == b) && object.FitsSmallInt(p) {
				acc = object.MakeSmallInt(p)
				return false, nil
			}
		}
		acc, err = object.BinaryOp(t, object.OpMul, acc, x)
		return err != nil, err
	})
	if err != nil {
		return Null, err
	}
	return acc, nil
}

func mathIsclose(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos > 2 {
		return Null, object.TypeError("isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	av, bv, relV, absV := Null, Null, object.MakeFloat(1e-9), object.MakeFloat(0)
	if err := object.UnpackArgs("isclose", args, kw, []string{"a", "b", "*", "rel_tol?", "abs_tol?"}, &av, &bv, &relV, &absV); err != nil {
		return Null, err
	}
	fs, err := floatArgs(t, []Value{av, bv, relV, absV})
	if err != nil {
		return Null, err
	}
	a, b, rel, abs := fs[0], fs[1], fs[2], fs[3]
	if rel < 0 || abs < 0 {
		return Null, object.ValueError("tolerances must be non-negative")
	}
	if a == b {
		return object.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return object.False, nil
	}
	diff := math.Abs(b - a)
	return object.Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

// indexArg converts an integer argument through __index__ to a big.Int.
func indexArg(t *object.Thread, v Value) (*big.Int, error) {
	iv, err := object.IndexValue(t, v)
	if err != nil {
		return nil, err
	}
	return object.IntBig(iv), nil
}

func mathFactorial(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("math.factorial", args, kw); err != nil {
		return Null, err
	}
	n, err := indexArg(t, args[0])
	if err != nil {
		return Null, err
	}
	switch {
	case n.Sign() < 0:
		return Null, object.ValueError("factorial() not defined for negative values")
	case !n.IsInt64():
		return Null, object.OverflowError("factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return object.NewInt(t, new(big.Int).MulRange(1, n.Int64())), nil
}

// gcdLcm returns gcd or lcm of any number of integers.
func gcdLcm(name string, lcm bool) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := object.NoKwargs(name, kw); err != nil {
			return Null, err
		}
		acc := big.NewInt(0)
		if lcm {
			acc.SetInt64(1)
		}
		for _, a := range args {
			x, err := indexArg(t, a)
			if err != nil {
				return Null, err
			}
			x = new(big.Int).Abs(x)
			switch {
			case !lcm:
				acc.GCD(nil, nil, acc, x)
			case x.Sign() == 0 || acc.Sign() == 0:
				acc.SetInt64(0)
			default:
				g := new(big.Int).GCD(nil, nil, acc, x)
				acc.Mul(acc, new(big.Int).Quo(x, g))
			}
		}
		return object.NewInt(t, acc), nil
	}
}

func mathIsqrt(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyOne("math.isqrt", args, kw); err != nil {
		return Null, err
	}
	n, err := indexArg(t, args[0])
	if err != nil {
		return Null, err
	}
	if n.Sign() < 0 {
		return Null, object.ValueError("isqrt() argument must be nonnegative")
	}
	return object.NewInt(t, new(big.Int).Sqrt(n)), nil
}

// combArgs checks comb's and perm's n and k.
func combArgs(t *object.Thread, nv, kv Value) (n, k *big.Int, err error) {
	if n, err = indexArg(t, nv); err != nil {
		return nil, nil, err
	}
	if k, err = indexArg(t, kv); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, object.ValueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, object.ValueError("k must be a non-negative integer")
	}
	return n, k, nil
}

func mathComb(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("comb", args, kw, 2, 2); err != nil {
		return Null, err
	}
	n, k, err := combArgs(t, args[0], args[1])
	if err != nil {
		return Null, err
	}
	if k.Cmp(n) > 0 {
		return object.MakeSmallInt(0), nil
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return Null, object.OverflowError("min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	// C(n, k) = prod_{i=1..k} (n-k+i)/i, each partial product an integer.
	kk := k.Int64()
	acc := big.NewInt(1)
	base := new(big.Int).Sub(n, k)
	f := new(big.Int)
	for i := int64(1); i <= kk; i++ {
		f.Add(base, big.NewInt(i))
		acc.Mul(acc, f)
		acc.Quo(acc, big.NewInt(i))
	}
	return object.NewInt(t, acc), nil
}

func mathPerm(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("perm", args, kw, 1, 2); err != nil {
		return Null, err
	}
	if len(args) == 1 || args[1] == object.None {
		return mathFactorial(t, Null, args[:1], nil)
	}
	n, k, err := combArgs(t, args[0], args[1])
	if err != nil {
		return Null, err
	}
	if k.Cmp(n) > 0 {
		return object.MakeSmallInt(0), nil
	}
	if !k.IsInt64() {
		return Null, object.OverflowError("k must not exceed %d", int64(math.MaxInt64))
	}
	acc := big.NewInt(1)
	f := new(big.Int).Set(n)
	for i := int64(0); i < k.Int64(); i++ {
		acc.Mul(acc, f)
		f.Sub(f, big.NewInt(1))
	}
	return object.NewInt(t, acc), nil
}
