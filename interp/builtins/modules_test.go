package builtins_test

import (
	"testing"

	"atompy.dev/atompy/interp/object"
)

// moduleCall calls module.fn(args) with the last len(kw) args by keyword.
func moduleCall(t *testing.T, module, fn string, args []Value, kw []string) (Value, error) {
	t.Helper()
	v, th := builtinsTestVM(t)
	m, err := v.Main.Import(module)
	if err != nil {
		t.Fatalf("import %s: %v", module, err)
	}
	f, err := object.GetAttr(th, m, fn)
	if err != nil {
		return object.Null, err
	}
	return object.Call(th, f, args, kw)
}

type moduleCase struct {
	fn   string
	args []argFn
	kw   []string
	want string
}

func runModuleCases(t *testing.T, module string, cases []moduleCase) {
	t.Helper()
	_, th := builtinsTestVM(t)
	for _, c := range cases {
		args := build(th, c.args)
		r, err := moduleCall(t, module, c.fn, args, c.kw)
		if got := outcome(th, r, err); got != c.want {
			t.Errorf("%s.%s%s: got %s, want %s", module, c.fn, describeArgs(th, args, c.kw), got, c.want)
		}
	}
}

func TestMathModule(t *testing.T) {
	tenth := make([]argFn, 10)
	for k := range tenth {
		tenth[k] = f(0.1)
	}
	runModuleCases(t, "math", []moduleCase{
		{"sqrt", []argFn{i(16)}, nil, "4.0"},
		{"sqrt", []argFn{i(-1)}, nil, "ValueError: math domain error"},
		{"sqrt", []argFn{s("a")}, nil, "TypeError: must be real number, not str"},
		{"sqrt", nil, nil, "TypeError: math.sqrt() takes exactly one argument (0 given)"},
		{"sqrt", []argFn{big("1" + zeros(400))}, nil, "OverflowError: int too large to convert to float"},
		{"exp", []argFn{i(1000)}, nil, "OverflowError: math range error"},
		{"exp", []argFn{i(-1000)}, nil, "0.0"},
		{"log", []argFn{i(0)}, nil, "ValueError: math domain error"},
		{"log", []argFn{i(8), i(2)}, nil, "3.0"},
		{"log", []argFn{i(2), i(1)}, nil, "ZeroDivisionError: float division by zero"},
		{"log", []argFn{big("1" + zeros(400))}, nil, "921.0340371976182"},
		{"log", nil, nil, "TypeError: math.log requires 1 to 2 arguments"},
		{"log2", []argFn{big("1" + zeros(700))}, nil, "2325.349666421154"},
		{"log10", []argFn{big("1" + zeros(500))}, nil, "500.0"},
		{"pow", []argFn{i(0), i(-1)}, nil, "ValueError: math domain error"},
		{"pow", []argFn{i(-1), f(0.5)}, nil, "ValueError: math domain error"},
		{"pow", []argFn{i(10), i(400)}, nil, "OverflowError: math range error"},
		{"pow", []argFn{i(1), f(nan())}, nil, "1.0"},
		{"pow", []argFn{i(2)}, nil, "TypeError: pow expected 2 arguments, got 1"},
		{"atanh", []argFn{i(1)}, nil, "ValueError: math domain error"},
		{"cosh", []argFn{i(1000)}, nil, "OverflowError: math range error"},
		{"fmod", []argFn{i(-5), i(3)}, nil, "-2.0"},
		{"fmod", []argFn{i(5), i(0)}, nil, "ValueError: math domain error"},
		{"remainder", []argFn{i(5), i(3)}, nil, "-1.0"},
		{"floor", []argFn{f(-2.5)}, nil, "-3"},
		{"floor", []argFn{true_}, nil, "1"},
		{"floor", []argFn{f(inf())}, nil, "OverflowError: cannot convert float infinity to integer"},
		{"floor", []argFn{f(nan())}, nil, "ValueError: cannot convert float NaN to integer"},
		{"ceil", []argFn{f(-0.5)}, nil, "0"},
		{"ceil", []argFn{f(1e20)}, nil, "100000000000000000000"},
		{"trunc", []argFn{f(-2.5)}, nil, "-2"},
		{"trunc", []argFn{s("a")}, nil, "TypeError: type str doesn't define __trunc__ method"},
		{"factorial", []argFn{i(20)}, nil, "2432902008176640000"},
		{"factorial", []argFn{i(25)}, nil, "15511210043330985984000000"},
		{"factorial", []argFn{i(-1)}, nil, "ValueError: factorial() not defined for negative values"},
		{"factorial", []argFn{f(5)}, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"gcd", nil, nil, "0"},
		{"gcd", []argFn{i(12), i(18), i(27)}, nil, "3"},
		{"gcd", []argFn{i(-4), i(6)}, nil, "2"},
		{"lcm", nil, nil, "1"},
		{"lcm", []argFn{i(-4), i(6)}, nil, "12"},
		{"lcm", []argFn{i(4), i(6), i(0)}, nil, "0"},
		{"isqrt", []argFn{big("100000000000000000005")}, nil, "10000000000"},
		{"isqrt", []argFn{i(-1)}, nil, "ValueError: isqrt() argument must be nonnegative"},
		{"comb", []argFn{i(5), i(2)}, nil, "10"},
		{"comb", []argFn{i(2), i(5)}, nil, "0"},
		{"comb", []argFn{big("100000000000000000000"), i(2)}, nil, "4999999999999999999950000000000000000000"},
		{"comb", []argFn{i(-1), i(2)}, nil, "ValueError: n must be a non-negative integer"},
		{"comb", []argFn{i(5), i(-1)}, nil, "ValueError: k must be a non-negative integer"},
		{"perm", []argFn{i(5)}, nil, "120"},
		{"perm", []argFn{i(5), i(2)}, nil, "20"},
		{"prod", []argFn{list(i(1), i(2), i(3), i(4))}, nil, "24"},
		{"prod", []argFn{list(f(1.5), i(2))}, nil, "3.0"},
		{"prod", []argFn{list(), i(5)}, []string{"start"}, "5"},
		{"prod", []argFn{list(i(2)), i(3)}, nil, "TypeError: prod() takes exactly 1 positional argument (2 given)"},
		{"prod", []argFn{list(i(1<<40), i(1<<40))}, nil, "1208925819614629174706176"},
		{"fsum", []argFn{list(tenth...)}, nil, "1.0"},
		{"fsum", []argFn{list(f(1e100), f(1), f(-1e100), f(1e-100), f(1e50), f(-1), f(-1e50))}, nil, "1e-100"},
		{"fsum", []argFn{list(f(1e308), f(1e308))}, nil, "OverflowError: intermediate overflow in fsum"},
		{"fsum", []argFn{list(f(inf()), f(-inf()))}, nil, "ValueError: -inf + inf in fsum"},
		{"fsum", []argFn{list(f(inf()), i(1))}, nil, "inf"},
		{"fsum", []argFn{list(f(1), f(1e-16), f(1e-16))}, nil, "1.0000000000000002"},
		{"isclose", []argFn{i(1), f(1.0000000001)}, nil, "True"},
		{"isclose", []argFn{i(1), i(2), i(-1)}, []string{"rel_tol"}, "ValueError: tolerances must be non-negative"},
		{"isclose", []argFn{i(1), i(2), i(3)}, nil, "TypeError: isclose() takes exactly 2 positional arguments (3 given)"},
		{"hypot", []argFn{i(3), i(4)}, nil, "5.0"},
		{"hypot", []argFn{i(1), i(2), i(3)}, nil, "3.7416573867739413"},
		{"hypot", nil, nil, "0.0"},
		{"dist", []argFn{tuple(i(0), i(0)), list(i(3), i(4))}, nil, "5.0"},
		{"dist", []argFn{tuple(i(0)), tuple(i(3), i(4))}, nil, "ValueError: both points must have the same number of dimensions"},
		{"frexp", []argFn{f(8)}, nil, "(0.5, 4)"},
		{"ldexp", []argFn{i(1), i(2000)}, nil, "OverflowError: math range error"},
		{"ldexp", []argFn{i(1), f(1.5)}, nil, "TypeError: Expected an int as second argument to ldexp."},
		{"modf", []argFn{f(-2.5)}, nil, "(-0.5, -2.0)"},
		{"modf", []argFn{f(inf())}, nil, "(0.0, inf)"},
		{"gamma", []argFn{i(0)}, nil, "ValueError: math domain error"},
		{"gamma", []argFn{i(200)}, nil, "OverflowError: math range error"},
		{"gamma", []argFn{i(5)}, nil, "24.0"},
		{"lgamma", []argFn{i(-2)}, nil, "ValueError: math domain error"},
		{"ulp", []argFn{f(1)}, nil, "2.220446049250313e-16"},
		{"ulp", []argFn{f(0)}, nil, "5e-324"},
		{"nextafter", []argFn{i(1), i(2)}, nil, "1.0000000000000002"},
		{"copysign", []argFn{i(1), f(negZero())}, nil, "-1.0"},
		{"degrees", []argFn{f(3.141592653589793)}, nil, "180.0"},
		{"radians", []argFn{i(180)}, nil, "3.141592653589793"},
		{"isinf", []argFn{big("1" + zeros(400))}, nil, "OverflowError: int too large to convert to float"},
		{"isnan", []argFn{f(nan())}, nil, "True"},
		{"atan2", []argFn{i(1)}, nil, "TypeError: atan2 expected 2 arguments, got 1"},
	})
}

func zeros(n int) string {
	b := make([]byte, n)
	for k := range b {
		b[k] = '0'
	}
	return string(b)
}

func inf() float64     { return 1 / zero }
func nan() float64     { return zero / zero }
func negZero() float64 { return -zero }

var zero = 0.0

func TestSysModule(t *testing.T) {
	v, th := builtinsTestVM(t)
	sys, err := v.Main.Import("sys")
	if err != nil {
		t.Fatal(err)
	}
	attr := func(expr ...string) string {
		var x Value = sys
		var err error
		for _, name := range expr {
			if x, err = object.GetAttr(th, x, name); err != nil {
				return outcome(th, object.Null, err)
			}
		}
		return outcome(th, x, nil)
	}
	for _, c := range []struct {
		path []string
		want string
	}{
		{[]string{"argv"}, "['prog.py', 'x']"},
		{[]string{"path"}, "['/nowhere']"},
		{[]string{"maxsize"}, "9223372036854775807"},
		{[]string{"version_info"}, "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)"},
		{[]string{"version_info", "minor"}, "11"},
		{[]string{"implementation", "name"}, "'atompy'"},
		{[]string{"float_info", "epsilon"}, "2.220446049250313e-16"},
		{[]string{"float_info", "max"}, "1.7976931348623157e+308"},
		{[]string{"float_info", "dig"}, "15"},
		{[]string{"byteorder"}, "'little'"},
		{[]string{"stdout"}, "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"},
		{[]string{"stderr", "name"}, "'<stderr>'"},
	} {
		if got := attr(c.path...); got != c.want {
			t.Errorf("sys.%v: got %s, want %s", c.path, got, c.want)
		}
	}
	runModuleCases(t, "sys", []moduleCase{
		{"getrecursionlimit", nil, nil, "1000"},
		{"setrecursionlimit", []argFn{i(0)}, nil, "ValueError: recursion limit must be greater or equal than 1"},
		{"setrecursionlimit", []argFn{s("a")}, nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"setrecursionlimit", []argFn{i(2000)}, nil, "None"},
		{"getrecursionlimit", nil, nil, "2000"},
		{"setrecursionlimit", []argFn{i(1000)}, nil, "None"},
		{"exit", []argFn{i(2)}, nil, "SystemExit: 2"},
		{"exit", []argFn{i(1), i(2)}, nil, "TypeError: exit expected at most 1 argument, got 2"},
		{"exc_info", nil, nil, "(None, None, None)"},
		{"intern", []argFn{i(1)}, nil, "TypeError: intern() argument must be str, not int"},
		{"getsizeof", []argFn{list()}, nil, "56"},
		{"getsizeof", []argFn{s("abc")}, nil, "52"},
	})
}

func TestTimeModule(t *testing.T) {
	runModuleCases(t, "time", []moduleCase{
		{"sleep", []argFn{i(-1)}, nil, "ValueError: sleep length must be non-negative"},
		{"sleep", []argFn{s("a")}, nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"sleep", []argFn{f(0.001)}, nil, "None"},
		{"gmtime", []argFn{i(0)}, nil, "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"},
		{"gmtime", []argFn{i(86400*365 + 3600*5 + 61)}, nil, "time.struct_time(tm_year=1971, tm_mon=1, tm_mday=1, tm_hour=5, tm_min=1, tm_sec=1, tm_wday=4, tm_yday=1, tm_isdst=0)"},
	})
	_, th := builtinsTestVM(t)
	for _, name := range []string{"time", "perf_counter", "monotonic", "process_time"} {
		r, err := moduleCall(t, "time", name, nil, nil)
		if err != nil || !r.IsFloat() || r.Float() < 0 {
			t.Errorf("time.%s(): got %s, want a non-negative float", name, outcome(th, r, err))
		}
	}
	a, _ := moduleCall(t, "time", "perf_counter_ns", nil, nil)
	b, _ := moduleCall(t, "time", "perf_counter_ns", nil, nil)
	x, _ := object.IntValue(a)
	y, _ := object.IntValue(b)
	if !object.IsInt(a) || y < x {
		t.Errorf("perf_counter_ns: got %d then %d, want non-decreasing ints", x, y)
	}
}
