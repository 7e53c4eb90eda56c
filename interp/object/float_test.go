package object

import (
	"math"
	"testing"
)

func TestFloatConstructor(t *testing.T) {
	th := numThread(t)
	s := func(x string) Value { return NewStr(th, x) }
	for _, tc := range []struct {
		args    []Value
		kwnames []string
		want    string
	}{
		{nil, nil, "0.0"},
		{[]Value{s(" -1.5e3 ")}, nil, "-1500.0"},
		{[]Value{s("infinity")}, nil, "inf"},
		{[]Value{s("1_0.5")}, nil, "10.5"},
		{[]Value{s("1__0")}, nil, "ValueError: could not convert string to float: '1__0'"},
		{[]Value{s("")}, nil, "ValueError: could not convert string to float: ''"},
		{[]Value{NewBytes(th, []byte("2.5"))}, nil, "2.5"},
		{[]Value{NewBytes(th, []byte("x"))}, nil, "ValueError: could not convert string to float: b'x'"},
		{[]Value{True}, nil, "1.0"},
		{[]Value{MakeInt(th, math.MaxInt64)}, nil, "9.223372036854776e+18"},
		{[]Value{numParse(t, th, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")}, nil, "OverflowError: int too large to convert to float"},
		{[]Value{NewTuple(th, nil)}, nil, "TypeError: float() argument must be a string or a real number, not 'tuple'"},
		{[]Value{NewComplex(th, 1i)}, nil, "TypeError: float() argument must be a string or a real number, not 'complex'"},
		{[]Value{MakeFloat(1)}, []string{"x"}, "TypeError: float() takes no keyword arguments"},
		{[]Value{MakeFloat(1), MakeFloat(2)}, nil, "TypeError: float expected at most 1 argument, got 2"},
	} {
		r, err := FloatType.Slots.New(th, FloatType, tc.args, tc.kwnames)
		if got := numShow(th, r, err); got != tc.want {
			t.Errorf("float(%v): got %s, want %s", tc.args, got, tc.want)
		}
	}
}

func TestFloatHexRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		f    float64
		want string
	}{
		{1e300, "0x1.7e43c8800759cp+996"},
		{0.1, "0x1.999999999999ap-4"},
		{-2.5, "-0x1.4000000000000p+1"},
		{5e-324, "0x0.0000000000001p-1022"},
		{math.Ldexp(1, -1022), "0x1.0000000000000p-1022"},
		{0, "0x0.0p+0"},
		{math.Copysign(0, -1), "-0x0.0p+0"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
	} {
		if got := FloatHex(tc.f); got != tc.want {
			t.Errorf("(%v).hex(): got %s, want %s", tc.f, got, tc.want)
		}
		back, err := FloatFromHex(tc.want)
		if err != nil || (math.Float64bits(back) != math.Float64bits(tc.f) && !math.IsNaN(tc.f)) {
			t.Errorf("float.fromhex(%q): got %v, %v; want %v", tc.want, back, err, tc.f)
		}
	}
}

func TestFloatFromHex(t *testing.T) {
	th := numThread(t)
	for _, tc := range []struct{ in, want string }{
		{"0x1.8p1", "3.0"},
		{"-0x1p-1074", "-5e-324"},
		{" 0x1.0 ", "1.0"},
		{"0x.8", "0.5"},
		{"1.8", "1.5"},
		{"0X1P+2", "4.0"},
		{"-inf", "-inf"},
		{"0x1.00000000000008p0", "1.0"},
		{"0x1.00000000000018p0", "1.0000000000000004"},
		{"0x1p-1080", "0.0"},
		{"x", "ValueError: invalid hexadecimal floating-point string"},
		{"0x", "ValueError: invalid hexadecimal floating-point string"},
		{"0x1p", "ValueError: invalid hexadecimal floating-point string"},
		{"0x1.8p1 x", "ValueError: invalid hexadecimal floating-point string"},
		{"1_0", "ValueError: invalid hexadecimal floating-point string"},
		{"0x1p10000", "OverflowError: hexadecimal value too large to represent as a float"},
	} {
		r, err := callNumMethod(th, FloatType, "fromhex", Null, []Value{NewStr(th, tc.in)}, nil)
		if got := numShow(th, r, err); got != tc.want {
			t.Errorf("float.fromhex(%q): got %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestFloatMethods(t *testing.T) {
	th := numThread(t)
	f := MakeFloat
	for _, tc := range []struct {
		self Value
		name string
		args []Value
		want string
	}{
		{f(0.1), "as_integer_ratio", nil, "(3602879701896397, 36028797018963968)"},
		{f(-2.5), "as_integer_ratio", nil, "(-5, 2)"},
		{f(math.Inf(1)), "as_integer_ratio", nil, "OverflowError: cannot convert Infinity to integer ratio"},
		{f(math.NaN()), "as_integer_ratio", nil, "ValueError: cannot convert NaN to integer ratio"},
		{f(2.5), "__floor__", nil, "2"},
		{f(-2.5), "__floor__", nil, "-3"},
		{f(-2.5), "__ceil__", nil, "-2"},
		{f(1e20), "__int__", nil, "100000000000000000000"},
		{f(-0.5), "__trunc__", nil, "0"},
		{f(math.NaN()), "__floor__", nil, "ValueError: cannot convert float NaN to integer"},
		{f(math.Inf(1)), "__ceil__", nil, "OverflowError: cannot convert float infinity to integer"},
		{f(2.5), "__round__", nil, "2"},
		{f(3.5), "__round__", nil, "4"},
		{f(2.5), "__round__", []Value{MakeSmallInt(0)}, "2.0"},
		{f(2.675), "__round__", []Value{MakeSmallInt(2)}, "2.67"},
		{f(1.5), "is_integer", nil, "False"},
		{f(2.0), "is_integer", nil, "True"},
		{f(math.Inf(1)), "is_integer", nil, "False"},
		{f(-1.5), "conjugate", nil, "-1.5"},
		{f(-1.5), "__abs__", nil, "1.5"},
		{f(-7.5), "__divmod__", []Value{MakeSmallInt(2)}, "(-4.0, 0.5)"},
		{f(7), "__rdivmod__", []Value{MakeSmallInt(-2)}, "(-1.0, 5.0)"},
		{f(2), "__pow__", []Value{MakeSmallInt(3), MakeSmallInt(5)}, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{f(-8), "__pow__", []Value{MakeFloat(1.0 / 3)}, "(1.0000000000000002+1.7320508075688772j)"},
		{f(1.5), "hex", nil, "'0x1.8000000000000p+0'"},
	} {
		r, err := callNumMethod(th, FloatType, tc.name, tc.self, tc.args, nil)
		if got := numShow(th, r, err); got != tc.want {
			t.Errorf("%s.%s%v: got %s, want %s", numShow(th, tc.self, nil), tc.name, tc.args, got, tc.want)
		}
	}
}

func TestFloatHashMatchesInt(t *testing.T) {
	th := numThread(t)
	for _, s := range []string{"0", "1", "-1", "123456789", "-140737488355328", "9223372036854775808", "1267650600228229401496703205376"} {
		i := numParse(t, th, s)
		fv, err := FloatFromValue(th, i)
		if err != nil {
			t.Fatal(err)
		}
		hi, _ := IntType.Slots.Hash(th, i)
		hf, _ := FloatType.Slots.Hash(th, fv)
		if hi != hf {
			t.Errorf("hash(%s) = %d but hash(float(%s)) = %d", s, hi, s, hf)
		}
		if eq, _ := numericCompare(th, i, fv, EQ); eq != True {
			t.Errorf("%s == float(%s) is %s", s, s, numShow(th, eq, nil))
		}
	}
}
