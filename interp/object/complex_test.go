package object

import (
	"math"
	"testing"
)

func TestComplexConstructor(t *testing.T) {
	th := numThread(t)
	s := func(x string) Value { return NewStr(th, x) }
	c := func(x complex128) Value { return NewComplex(th, x) }
	negZero := math.Copysign(0, -1)
	for _, tc := range []struct {
		args    []Value
		kwnames []string
		want    string
	}{
		{nil, nil, "0j"},
		{[]Value{MakeSmallInt(1), MakeSmallInt(2)}, nil, "(1+2j)"},
		{[]Value{MakeSmallInt(1), MakeSmallInt(2)}, []string{"real", "imag"}, "(1+2j)"},
		{[]Value{MakeSmallInt(2)}, []string{"imag"}, "2j"},
		{[]Value{c(1i), c(1i)}, nil, "(-1+1j)"},
		{[]Value{MakeFloat(1.5)}, nil, "(1.5+0j)"},
		{[]Value{MakeFloat(negZero)}, nil, "(-0+0j)"},
		{[]Value{MakeFloat(0), MakeFloat(negZero)}, nil, "-0j"},
		{[]Value{c(complex(1, negZero)), MakeFloat(0)}, nil, "(1+0j)"},
		{[]Value{MakeSmallInt(2), c(1 + 1i)}, nil, "(1+1j)"},
		{[]Value{True, False}, nil, "(1+0j)"},
		{[]Value{s("1+2j"), MakeSmallInt(2)}, nil, "TypeError: complex() can't take second arg if first is a string"},
		{[]Value{MakeSmallInt(1), s("a")}, nil, "TypeError: complex() second arg can't be a string"},
		{[]Value{NewTuple(th, nil)}, nil, "TypeError: complex() first argument must be a string or a number, not 'tuple'"},
		{[]Value{MakeSmallInt(1), NewTuple(th, nil)}, nil, "TypeError: complex() second argument must be a number, not 'tuple'"},
		{[]Value{MakeSmallInt(1), MakeSmallInt(2), MakeSmallInt(3)}, nil, "TypeError: complex() takes at most 2 arguments (3 given)"},
	} {
		r, err := ComplexType.Slots.New(th, ComplexType, tc.args, tc.kwnames)
		if got := numShow(th, r, err); got != tc.want {
			t.Errorf("complex(%v, kw=%v): got %s, want %s", tc.args, tc.kwnames, got, tc.want)
		}
	}
}

func TestComplexFromString(t *testing.T) {
	th := numThread(t)
	for _, tc := range []struct{ in, want string }{
		{"1+2j", "(1+2j)"},
		{" (1+2j) ", "(1+2j)"},
		{"j", "1j"},
		{"-j", "-1j"},
		{"1e3j", "1000j"},
		{"nan", "(nan+0j)"},
		{"inf-infj", "(inf-infj)"},
		{"1+j", "(1+1j)"},
		{"+1.5-2.5J", "(1.5-2.5j)"},
		{"1_0j", "10j"},
		{"1e400", "(inf+0j)"},
		{"-1e-400j", "-0j"},
		{"1.e5+.5j", "(100000+0.5j)"},
		{"1 + 2j", "ValueError: complex() arg is a malformed string"},
		{"(1+2j", "ValueError: complex() arg is a malformed string"},
		{"", "ValueError: complex() arg is a malformed string"},
		{"()", "ValueError: complex() arg is a malformed string"},
		{"1+2", "ValueError: complex() arg is a malformed string"},
		{"2j+1", "ValueError: complex() arg is a malformed string"},
		{"1_j", "ValueError: could not convert string to complex: '1_j'"},
	} {
		r, err := ComplexType.Slots.New(th, ComplexType, []Value{NewStr(th, tc.in)}, nil)
		if got := numShow(th, r, err); got != tc.want {
			t.Errorf("complex(%q): got %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestComplexPowAndAbs checks the polar-form power and abs, whose results
// depend on every elementary function being correctly rounded.
func TestComplexPowAndAbs(t *testing.T) {
	th := numThread(t)
	c := func(x complex128) Value { return NewComplex(th, x) }
	for _, tc := range []struct {
		a, b Value
		want string
	}{
		{MakeSmallInt(-8), MakeFloat(1.0 / 3), "(1.0000000000000002+1.7320508075688772j)"},
		{MakeSmallInt(-1), MakeFloat(0.5), "(6.123233995736766e-17+1j)"},
		{MakeSmallInt(2), c(1 + 1i), "(1.5384778027279442+1.2779225526272695j)"},
		{c(1 + 2i), c(1 + 1i), "(-0.24720004426291722+0.6964504870825432j)"},
		{c(1 + 2i), MakeFloat(0.5), "(1.272019649514069+0.7861513777574233j)"},
		{c(1i), c(1i), "(0.20787957635076193+0j)"},
		{c(3 + 4i), MakeFloat(2.5), "(-37.999999999999986+41.00000000000001j)"},
		{c(-1.5 - 0.5i), c(0.5 - 2i), "(-0.0030638428990362233-0.0032533048772585677j)"},
		{c(1e10 + 1e10i), c(0.3 + 7i), "(4.03151519182518+2.0976880037622903j)"},
		{c(2), MakeFloat(1e300), "OverflowError: complex exponentiation"},
		{c(0.5 + 0.5i), numParse(t, th, "1180591620717411303424"), "(-0+0j)"},
		{c(0), c(-1), "ZeroDivisionError: 0.0 to a negative or complex power"},
		{c(1 + 1i), c(complex(1e-320, 0)), "(1+7.856e-321j)"},
	} {
		r, err := slotBinary(th, OpPow, tc.a, tc.b)
		if got := numShow(th, r, err); got != tc.want {
			t.Errorf("%s ** %s: got %s, want %s", numShow(th, tc.a, nil), numShow(th, tc.b, nil), got, tc.want)
		}
	}
	for _, tc := range []struct {
		c    complex128
		want string
	}{
		{3 + 4i, "5.0"},
		{complex(1e308, 1e308), "1.4142135623730951e+308"},
		{complex(1.5e308, 1.5e308), "OverflowError: absolute value too large"},
		{complex(math.NaN(), math.Inf(1)), "inf"},
		{complex(0.1, 0.2), "0.223606797749979"},
	} {
		r, err := Abs(th, c(tc.c))
		if got := numShow(th, r, err); got != tc.want {
			t.Errorf("abs(%v): got %s, want %s", tc.c, got, tc.want)
		}
	}
}

func TestComplexMisc(t *testing.T) {
	th := numThread(t)
	c := func(x complex128) Value { return NewComplex(th, x) }
	for _, tc := range []struct {
		c    complex128
		want int64
	}{
		{1.5 + 2.5i, 4611686018429387911},
		{complex(1e300, -1e300), -4779043454481354616},
		{1i, 1000003},
		{-1, -2},
	} {
		if got, _ := ComplexType.Slots.Hash(th, c(tc.c)); got != tc.want {
			t.Errorf("hash(%v): got %d, want %d", tc.c, got, tc.want)
		}
	}
	r, err := callNumMethod(th, ComplexType, "conjugate", c(1+2i), nil, nil)
	if got := numShow(th, r, err); got != "(1-2j)" {
		t.Errorf("(1+2j).conjugate(): got %s, want (1-2j)", got)
	}
	r, err = callNumMethod(th, ComplexType, "__pow__", c(1i), []Value{MakeSmallInt(2), MakeSmallInt(3)}, nil)
	if got := numShow(th, r, err); got != "ValueError: complex modulo" {
		t.Errorf("pow(1j, 2, 3): got %s, want ValueError: complex modulo", got)
	}
	if r, _ := slotCompare(th, c(1), MakeSmallInt(1), LT); r != NotImplemented {
		t.Errorf("(1+0j) < 1: got %s, want NotImplemented", numShow(th, r, nil))
	}
	if r, _ := slotCompare(th, c(1), True, EQ); r != True {
		t.Errorf("(1+0j) == True: got %s, want True", numShow(th, r, nil))
	}
}
