package builtins_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"atompy.dev/atompy/interp/builtins"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

type Value = object.Value

var (
	testVMOnce sync.Once
	testVM     *vm.VM
	testVMErr  error
)

// builtinsTestVM returns the VM shared by the tests of this package (the
// object model boots once per process).
func builtinsTestVM(tb testing.TB) (*vm.VM, *object.Thread) {
	tb.Helper()
	testVMOnce.Do(func() {
		testVM, testVMErr = vm.New(vm.Options{Argv: []string{"prog.py", "x"}, Path: []string{"/nowhere"}})
		if testVMErr == nil {
			builtins.Install(testVM)
		}
	})
	if testVMErr != nil {
		tb.Fatalf("vm.New: %v", testVMErr)
	}
	return testVM, testVM.Main.Thread
}

// arg builders: the table entries describe arguments as Go values.
type argFn func(t *object.Thread) Value

func i(n int64) argFn   { return func(t *object.Thread) Value { return object.MakeInt(t, n) } }
func f(x float64) argFn { return func(t *object.Thread) Value { return object.MakeFloat(x) } }
func s(x string) argFn  { return func(t *object.Thread) Value { return object.NewStr(t, x) } }
func b(x string) argFn  { return func(t *object.Thread) Value { return object.NewBytes(t, []byte(x)) } }

var (
	none   argFn = func(t *object.Thread) Value { return object.None }
	true_  argFn = func(t *object.Thread) Value { return object.True }
	false_ argFn = func(t *object.Thread) Value { return object.False }
)

func list(items ...argFn) argFn {
	return func(t *object.Thread) Value { return object.NewList(t, build(t, items)) }
}

func tuple(items ...argFn) argFn {
	return func(t *object.Thread) Value { return object.NewTuple(t, build(t, items)) }
}

// big is an int from its decimal text.
func big(text string) argFn {
	return func(t *object.Thread) Value {
		v, err := object.CallType(t, object.IntType, []Value{object.NewStr(t, text)}, nil)
		if err != nil {
			panic(err)
		}
		return v
	}
}

// typ is a class object; builtin is an entry of the builtins namespace.
func typ(ty **object.Type) argFn { return func(t *object.Thread) Value { return (*ty).Ref } }

func builtin(name string) argFn {
	return func(t *object.Thread) Value {
		v, ok := object.DictGetStr(t, testVM.Builtins, name)
		if !ok {
			panic("no builtin " + name)
		}
		return v
	}
}

func build(t *object.Thread, items []argFn) []Value {
	out := make([]Value, len(items))
	for k, it := range items {
		out[k] = it(t)
	}
	return out
}

// callCase calls builtin fn with positional args, then keyword args.
type callCase struct {
	fn   string
	args []argFn
	kw   []string // names of the last len(kw) args
	want string   // repr of the result, or "Type: message" of the error
}

// outcome renders a result or an error as the tables spell it.
func outcome(t *object.Thread, v Value, err error) string {
	if err != nil {
		e, ok := err.(*object.Exception)
		if !ok {
			return "Go error: " + err.Error()
		}
		exc, merr := object.Materialize(t, e)
		if merr != nil {
			return "materialize failed: " + merr.Error()
		}
		return object.ExceptionMessage(t, exc)
	}
	r, err := object.Repr(t, v)
	if err != nil {
		return "repr failed: " + err.Error()
	}
	return r
}

func callBuiltin(tb testing.TB, name string, args []Value, kw []string) (Value, error) {
	v, t := builtinsTestVM(tb)
	fn, ok := object.DictGetStr(t, v.Builtins, name)
	if !ok {
		tb.Fatalf("builtins has no %q", name)
	}
	return object.Call(t, fn, args, kw)
}

// runCallCases runs a table; results that are iterators are drained into
// a list first, so that map/zip/... cases can state their items.
func runCallCases(t *testing.T, cases []callCase) {
	t.Helper()
	_, th := builtinsTestVM(t)
	for _, c := range cases {
		args := build(th, c.args)
		r, err := callBuiltin(t, c.fn, args, c.kw)
		if err == nil && isIterator(r) {
			var items []Value
			items, err = object.Collect(th, r)
			r = object.NewList(th, items)
		}
		if got := outcome(th, r, err); got != c.want {
			t.Errorf("%s%s: got %s, want %s", c.fn, describeArgs(th, args, c.kw), got, c.want)
		}
	}
}

func isIterator(v Value) bool {
	switch object.TypeOf(v).Name {
	case "map", "zip", "filter", "enumerate", "reversed", "callable_iterator", "list_reverseiterator":
		return true
	}
	return false
}

func describeArgs(t *object.Thread, args []Value, kw []string) string {
	parts := make([]string, len(args))
	for k, a := range args {
		r, _ := object.Repr(t, a)
		if j := k - (len(args) - len(kw)); j >= 0 {
			r = kw[j] + "=" + r
		}
		parts[k] = r
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func TestMinMax(t *testing.T) {
	runCallCases(t, []callCase{
		{"max", []argFn{list(i(1), i(5), i(2))}, nil, "5"},
		{"min", []argFn{i(3), i(1), i(2)}, nil, "1"},
		{"max", []argFn{s("hello")}, nil, "'o'"},
		{"max", []argFn{list(i(1), i(-5), i(2)), builtin("abs")}, []string{"key"}, "-5"},
		{"min", []argFn{list(tuple(i(1), s("b")), tuple(i(1), s("a")))}, nil, "(1, 'a')"},
		// the first of equal maxima wins
		{"max", []argFn{list(i(1), i(-1)), builtin("abs")}, []string{"key"}, "1"},
		{"min", []argFn{list(i(-1), i(1)), builtin("abs")}, []string{"key"}, "-1"},
		{"max", []argFn{list(), none}, []string{"default"}, "None"},
		{"max", []argFn{list(), i(7), none}, []string{"default", "key"}, "7"},
		{"min", []argFn{f(2.5), i(2)}, nil, "2"},
		{"max", nil, nil, "TypeError: max expected at least 1 argument, got 0"},
		{"max", []argFn{i(1)}, []string{"a"}, "TypeError: max expected at least 1 argument, got 0"},
		{"max", []argFn{i(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"max", []argFn{list()}, nil, "ValueError: max() arg is an empty sequence"},
		{"min", []argFn{list()}, nil, "ValueError: min() arg is an empty sequence"},
		{"max", []argFn{i(1), i(2), i(3)}, []string{"default"}, "TypeError: Cannot specify a default for max() with multiple positional arguments"},
		{"max", []argFn{list(i(1)), i(1)}, []string{"foo"}, "TypeError: 'foo' is an invalid keyword argument for max()"},
		{"min", []argFn{i(1), s("a")}, nil, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"min", []argFn{i(1), i(2), i(1)}, []string{"key"}, "TypeError: 'int' object is not callable"},
	})
}

func TestSortedAndReversed(t *testing.T) {
	runCallCases(t, []callCase{
		{"sorted", []argFn{list(i(3), i(1), i(2))}, nil, "[1, 2, 3]"},
		{"sorted", []argFn{s("bca"), true_}, []string{"reverse"}, "['c', 'b', 'a']"},
		{"sorted", []argFn{list(i(-3), i(1), i(2)), builtin("abs")}, []string{"key"}, "[1, 2, -3]"},
		// stable: equal keys keep their order, also when reversed
		{"sorted", []argFn{list(s("bb"), s("a"), s("cc"), s("d")), builtin("len")}, []string{"key"}, "['a', 'd', 'bb', 'cc']"},
		{"sorted", []argFn{list(s("bb"), s("a"), s("cc"), s("d")), builtin("len"), true_}, []string{"key", "reverse"}, "['bb', 'cc', 'a', 'd']"},
		{"sorted", []argFn{tuple(i(2), i(1)), none}, []string{"key"}, "[1, 2]"},
		{"sorted", nil, nil, "TypeError: sorted expected 1 argument, got 0"},
		{"sorted", []argFn{list(), i(1)}, nil, "TypeError: sorted expected 1 argument, got 2"},
		{"sorted", []argFn{list(i(1)), i(2)}, []string{"foo"}, "TypeError: 'foo' is an invalid keyword argument for sort()"},
		{"sorted", []argFn{list(i(1), s("a"))}, nil, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"reversed", []argFn{list(i(1), i(2), i(3))}, nil, "[3, 2, 1]"},
		{"reversed", []argFn{s("abc")}, nil, "['c', 'b', 'a']"},
		{"reversed", []argFn{tuple(i(1), i(2))}, nil, "[2, 1]"},
		{"reversed", []argFn{i(1)}, nil, "TypeError: 'int' object is not reversible"},
		{"reversed", nil, nil, "TypeError: reversed expected 1 argument, got 0"},
	})
}

func TestSum(t *testing.T) {
	tenth := make([]argFn, 10)
	for k := range tenth {
		tenth[k] = f(0.1)
	}
	runCallCases(t, []callCase{
		{"sum", []argFn{list(i(1), i(2), i(3))}, nil, "6"},
		{"sum", []argFn{list(i(1), i(2)), i(10)}, nil, "13"},
		{"sum", []argFn{list(i(1), i(2)), f(0.5)}, []string{"start"}, "3.5"},
		// CPython 3.11 sums floats naively, left to right
		{"sum", []argFn{list(tenth...)}, nil, "0.9999999999999999"},
		{"sum", []argFn{list(f(1.5), i(2), i(3))}, nil, "6.5"},
		{"sum", []argFn{list(i(1<<46), i(1<<46), i(1<<46))}, nil, "211106232532992"},
		{"sum", []argFn{list(big("100000000000000000000"), big("100000000000000000000"))}, nil, "200000000000000000000"},
		{"sum", []argFn{list(list(i(1)), list(i(2))), list()}, nil, "[1, 2]"},
		{"sum", nil, nil, "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{"sum", []argFn{list(), i(1), i(2)}, nil, "TypeError: sum() takes at most 2 arguments (3 given)"},
		{"sum", []argFn{list(s("a")), s("")}, nil, "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{"sum", []argFn{list(), b("")}, nil, "TypeError: sum() can't sum bytes [use b''.join(seq) instead]"},
		{"sum", []argFn{i(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"sum", []argFn{list(list(i(1))), i(1)}, nil, "TypeError: unsupported operand type(s) for +: 'int' and 'list'"},
	})
}

func TestRoundPowDivmod(t *testing.T) {
	runCallCases(t, []callCase{
		{"round", []argFn{f(2.5)}, nil, "2"},
		{"round", []argFn{f(3.5)}, nil, "4"},
		{"round", []argFn{f(-0.5)}, nil, "0"},
		{"round", []argFn{f(2.675), i(2)}, nil, "2.67"},
		{"round", []argFn{i(1234), i(-2)}, nil, "1200"},
		{"round", []argFn{i(1250), i(-2)}, nil, "1200"},
		{"round", []argFn{f(1.5), none}, []string{"ndigits"}, "2"},
		{"round", []argFn{s("a")}, nil, "TypeError: type str doesn't define __round__ method"},
		{"round", nil, nil, "TypeError: round() missing required argument 'number' (pos 1)"},
		{"round", []argFn{i(1), s("a")}, nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"pow", []argFn{i(2), i(10)}, nil, "1024"},
		{"pow", []argFn{i(2), i(10), i(7)}, nil, "2"},
		{"pow", []argFn{i(2), i(-1), i(5)}, nil, "3"},
		{"pow", []argFn{i(2), f(0.5)}, nil, "1.4142135623730951"},
		{"pow", []argFn{i(2), i(3), i(5)}, []string{"base", "exp", "mod"}, "3"},
		{"pow", []argFn{i(2), i(3), i(0)}, nil, "ValueError: pow() 3rd argument cannot be 0"},
		{"pow", []argFn{f(1), i(2), i(3)}, nil, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"pow", []argFn{s("a"), i(1), i(2)}, nil, "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'"},
		{"pow", nil, nil, "TypeError: pow() missing required argument 'base' (pos 1)"},
		{"pow", []argFn{i(1)}, nil, "TypeError: pow() missing required argument 'exp' (pos 2)"},
		{"divmod", []argFn{i(-7), i(2)}, nil, "(-4, 1)"},
		{"divmod", []argFn{f(7.5), i(2)}, nil, "(3.0, 1.5)"},
		{"divmod", []argFn{i(1), i(0)}, nil, "ZeroDivisionError: integer division or modulo by zero"},
		{"divmod", []argFn{s("a"), i(1)}, nil, "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
		{"divmod", nil, nil, "TypeError: divmod expected 2 arguments, got 0"},
		{"abs", []argFn{i(-3)}, nil, "3"},
		{"abs", []argFn{f(-2.5)}, nil, "2.5"},
		{"abs", []argFn{s("a")}, nil, "TypeError: bad operand type for abs(): 'str'"},
		{"abs", nil, nil, "TypeError: abs() takes exactly one argument (0 given)"},
	})
}

func TestConversionsAndFormat(t *testing.T) {
	runCallCases(t, []callCase{
		{"hex", []argFn{i(255)}, nil, "'0xff'"},
		{"hex", []argFn{i(-255)}, nil, "'-0xff'"},
		{"oct", []argFn{i(8)}, nil, "'0o10'"},
		{"bin", []argFn{i(5)}, nil, "'0b101'"},
		{"bin", []argFn{true_}, nil, "'0b1'"},
		{"hex", []argFn{f(1)}, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"oct", nil, nil, "TypeError: oct() takes exactly one argument (0 given)"},
		{"chr", []argFn{i(65)}, nil, "'A'"},
		{"chr", []argFn{i(0x20ac)}, nil, "'€'"},
		{"chr", []argFn{i(-1)}, nil, "ValueError: chr() arg not in range(0x110000)"},
		{"chr", []argFn{i(0x110000)}, nil, "ValueError: chr() arg not in range(0x110000)"},
		{"chr", []argFn{i(1 << 40)}, nil, "OverflowError: Python int too large to convert to C int"},
		{"chr", []argFn{s("a")}, nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"ord", []argFn{s("A")}, nil, "65"},
		{"ord", []argFn{s("€")}, nil, "8364"},
		{"ord", []argFn{b("a")}, nil, "97"},
		{"ord", []argFn{s("ab")}, nil, "TypeError: ord() expected a character, but string of length 2 found"},
		{"ord", []argFn{s("")}, nil, "TypeError: ord() expected a character, but string of length 0 found"},
		{"ord", []argFn{i(1)}, nil, "TypeError: ord() expected string of length 1, but int found"},
		{"format", []argFn{f(3.14159), s(".2f")}, nil, "'3.14'"},
		{"format", []argFn{i(42), s("08b")}, nil, "'00101010'"},
		{"format", []argFn{s("x"), s("^5")}, nil, "'  x  '"},
		{"format", []argFn{i(1234567), s(",")}, nil, "'1,234,567'"},
		{"format", []argFn{true_}, nil, "'True'"},
		{"format", []argFn{f(0.5)}, nil, "'0.5'"},
		{"format", []argFn{list(), s("x")}, nil, "TypeError: unsupported format string passed to list.__format__"},
		{"format", []argFn{i(1), i(1)}, nil, "TypeError: format() argument 2 must be str, not int"},
		{"format", []argFn{i(1), s("x"), i(3)}, nil, "TypeError: format expected at most 2 arguments, got 3"},
		{"repr", []argFn{s("x")}, nil, `"'x'"`},
		{"ascii", []argFn{s("é")}, nil, `"'\\xe9'"`},
		{"len", []argFn{list(i(1), i(2))}, nil, "2"},
		{"len", []argFn{s("héllo")}, nil, "5"},
		{"len", nil, nil, "TypeError: len() takes exactly one argument (0 given)"},
		{"len", []argFn{i(1), i(2)}, nil, "TypeError: len() takes exactly one argument (2 given)"},
		{"len", []argFn{i(1)}, nil, "TypeError: object of type 'int' has no len()"},
		{"hash", []argFn{i(-1)}, nil, "-2"},
		{"hash", []argFn{list()}, nil, "TypeError: unhashable type: 'list'"},
		{"callable", []argFn{builtin("len")}, nil, "True"},
		{"callable", []argFn{i(1)}, nil, "False"},
	})
}

// TestIntConversions checks int() as the builtins namespace exposes it.
func TestIntConversions(t *testing.T) {
	runCallCases(t, []callCase{
		{"int", []argFn{s("42")}, nil, "42"},
		{"int", []argFn{s("ff"), i(16)}, nil, "255"},
		{"int", []argFn{s("0x1f"), i(0)}, nil, "31"},
		{"int", []argFn{f(-3.9)}, nil, "-3"},
		{"int", []argFn{s("12345678901234567890")}, nil, "12345678901234567890"},
		{"int", []argFn{s("x")}, nil, "ValueError: invalid literal for int() with base 10: 'x'"},
		{"float", []argFn{s("1.5")}, nil, "1.5"},
		{"bool", []argFn{list()}, nil, "False"},
		{"str", []argFn{i(12)}, nil, "'12'"},
	})
}

func TestIsinstanceIssubclass(t *testing.T) {
	runCallCases(t, []callCase{
		{"isinstance", []argFn{i(1), typ(&object.IntType)}, nil, "True"},
		{"isinstance", []argFn{true_, typ(&object.IntType)}, nil, "True"},
		{"isinstance", []argFn{i(1), typ(&object.StrType)}, nil, "False"},
		{"isinstance", []argFn{true_, tuple(typ(&object.StrType), tuple(typ(&object.IntType)))}, nil, "True"},
		{"isinstance", []argFn{i(1), tuple(typ(&object.IntType), i(1))}, nil, "True"},
		{"isinstance", []argFn{i(1), tuple()}, nil, "False"},
		{"isinstance", []argFn{i(1), i(1)}, nil, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance", []argFn{i(1), tuple(typ(&object.StrType), i(1))}, nil, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance", []argFn{i(1)}, nil, "TypeError: isinstance expected 2 arguments, got 1"},
		{"issubclass", []argFn{typ(&object.BoolType), typ(&object.IntType)}, nil, "True"},
		{"issubclass", []argFn{typ(&object.IntType), typ(&object.BoolType)}, nil, "False"},
		{"issubclass", []argFn{typ(&object.KeyErrorType), tuple(typ(&object.IndexErrorType), typ(&object.LookupErrorType))}, nil, "True"},
		{"issubclass", []argFn{i(1), typ(&object.IntType)}, nil, "TypeError: issubclass() arg 1 must be a class"},
		{"issubclass", []argFn{typ(&object.IntType), i(1)}, nil, "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
	})
}

func TestIteratorBuiltins(t *testing.T) {
	runCallCases(t, []callCase{
		{"zip", []argFn{list(i(1), i(2)), s("ab")}, nil, "[(1, 'a'), (2, 'b')]"},
		{"zip", []argFn{list(i(1), i(2), i(3)), list(i(4))}, nil, "[(1, 4)]"},
		{"zip", nil, nil, "[]"},
		{"zip", []argFn{list(i(1)), list(i(1), i(2)), true_}, []string{"strict"}, "ValueError: zip() argument 2 is longer than argument 1"},
		{"zip", []argFn{list(i(1), i(2)), list(i(1)), true_}, []string{"strict"}, "ValueError: zip() argument 2 is shorter than argument 1"},
		{"zip", []argFn{list(i(1), i(2)), list(i(1), i(2)), list(i(1)), true_}, []string{"strict"}, "ValueError: zip() argument 3 is shorter than arguments 1-2"},
		{"zip", []argFn{list(i(1)), list(i(1)), list(i(1), i(2)), true_}, []string{"strict"}, "ValueError: zip() argument 3 is longer than arguments 1-2"},
		{"zip", []argFn{list(i(1)), list(i(2)), true_}, []string{"strict"}, "[(1, 2)]"},
		{"zip", []argFn{i(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"zip", []argFn{i(1)}, []string{"foo"}, "TypeError: 'foo' is an invalid keyword argument for zip()"},
		{"map", []argFn{builtin("abs"), list(i(-1), i(2))}, nil, "[1, 2]"},
		{"map", []argFn{builtin("pow"), list(i(2), i(3)), list(i(3), i(2), i(9))}, nil, "[8, 9]"},
		{"map", []argFn{builtin("len")}, nil, "TypeError: map() must have at least two arguments."},
		{"map", []argFn{builtin("len"), i(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"filter", []argFn{none, list(i(0), i(1), s(""), s("a"))}, nil, "[1, 'a']"},
		{"filter", []argFn{builtin("len"), list(s(""), s("ab"))}, nil, "['ab']"},
		{"filter", []argFn{builtin("len")}, nil, "TypeError: filter expected 2 arguments, got 1"},
		{"enumerate", []argFn{s("ab")}, nil, "[(0, 'a'), (1, 'b')]"},
		{"enumerate", []argFn{s("ab"), i(5)}, []string{"start"}, "[(5, 'a'), (6, 'b')]"},
		{"enumerate", []argFn{s("a"), big("1180591620717411303424")}, nil, "[(1180591620717411303424, 'a')]"},
		{"enumerate", []argFn{s("a"), i(object.SmallIntMax)}, nil, "[(140737488355327, 'a')]"},
		{"enumerate", nil, nil, "TypeError: enumerate() missing required argument 'iterable'"},
		{"enumerate", []argFn{list(), i(1), i(2)}, nil, "TypeError: enumerate() takes at most 2 arguments (3 given)"},
		{"enumerate", []argFn{list(), s("a")}, []string{"start"}, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"iter", []argFn{i(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"iter", []argFn{i(1), i(2)}, nil, "TypeError: iter(v, w): v must be callable"},
		{"iter", nil, nil, "TypeError: iter expected at least 1 argument, got 0"},
		{"next", []argFn{list()}, nil, "TypeError: 'list' object is not an iterator"},
		{"next", nil, nil, "TypeError: next expected at least 1 argument, got 0"},
		{"all", []argFn{list(i(1), i(0))}, nil, "False"},
		{"all", []argFn{list()}, nil, "True"},
		{"any", []argFn{list(i(0), s("x"))}, nil, "True"},
		{"any", []argFn{list()}, nil, "False"},
		{"any", []argFn{i(1)}, nil, "TypeError: 'int' object is not iterable"},
	})
}

func TestNextAndCallableIterator(t *testing.T) {
	_, th := builtinsTestVM(t)
	it, err := callBuiltin(t, "iter", []Value{object.NewList(th, []Value{object.MakeSmallInt(1)})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1", "StopIteration"} {
		r, err := callBuiltin(t, "next", []Value{it}, nil)
		if got := outcome(th, r, err); got != want {
			t.Errorf("next(it): got %s, want %s", got, want)
		}
	}
	r, err := callBuiltin(t, "next", []Value{it, object.NewStr(th, "done")}, nil)
	if got := outcome(th, r, err); got != "'done'" {
		t.Errorf("next(it, 'done'): got %s, want 'done'", got)
	}
	// iter(callable, sentinel): the bound pop of [3, 2, 1, 0] stops at 1.
	l := object.NewList(th, []Value{object.MakeSmallInt(0), object.MakeSmallInt(1), object.MakeSmallInt(2), object.MakeSmallInt(3)})
	pop, err := object.GetAttr(th, l, "pop")
	if err != nil {
		t.Fatal(err)
	}
	ci, err := callBuiltin(t, "iter", []Value{pop, object.MakeSmallInt(1)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	items, err := object.Collect(th, ci)
	if got := outcome(th, object.NewList(th, items), err); got != "[3, 2]" {
		t.Errorf("list(iter(l.pop, 1)): got %s, want [3, 2]", got)
	}
}

func TestAttributeBuiltins(t *testing.T) {
	runCallCases(t, []callCase{
		{"getattr", []argFn{i(1), s("real")}, nil, "1"},
		{"getattr", []argFn{i(1), s("nope"), i(5)}, nil, "5"},
		{"getattr", []argFn{i(1), s("nope")}, nil, "AttributeError: 'int' object has no attribute 'nope'"},
		{"getattr", []argFn{i(1), i(2)}, nil, "TypeError: attribute name must be string, not 'int'"},
		{"getattr", []argFn{i(1)}, nil, "TypeError: getattr expected at least 2 arguments, got 1"},
		{"hasattr", []argFn{i(1), s("real")}, nil, "True"},
		{"hasattr", []argFn{i(1), s("nope")}, nil, "False"},
		{"setattr", []argFn{i(1), s("x"), i(2)}, nil, "AttributeError: 'int' object has no attribute 'x'"},
		{"delattr", []argFn{i(1), i(2)}, nil, "TypeError: attribute name must be string, not 'int'"},
		{"vars", []argFn{i(1)}, nil, "TypeError: vars() argument must have __dict__ attribute"},
		{"dir", []argFn{i(1), i(2)}, nil, "TypeError: dir expected at most 1 argument, got 2"},
		{"super", []argFn{i(1)}, nil, "TypeError: super() argument 1 must be a type, not int"},
		{"super", []argFn{typ(&object.IntType), s("a")}, nil, "TypeError: super(type, obj): obj must be an instance or subtype of type"},
	})
	_, th := builtinsTestVM(t)
	r, err := callBuiltin(t, "dir", []Value{object.MakeSmallInt(1)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := object.Collect(th, r)
	var strs []string
	for _, n := range names {
		strs = append(strs, object.StrGo(n))
	}
	if !contains(strs, "bit_length") || !contains(strs, "__add__") || !contains(strs, "__class__") {
		t.Errorf("dir(1) = %v: want bit_length, __add__ and __class__ among them", strs)
	}
	for k := 1; k < len(strs); k++ {
		if strs[k-1] >= strs[k] {
			t.Errorf("dir(1) not sorted: %q before %q", strs[k-1], strs[k])
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestNamespace checks that the builtins namespace has every name a
// program expects.
func TestNamespace(t *testing.T) {
	v, th := builtinsTestVM(t)
	for _, name := range strings.Fields(`print len range str int float bool list tuple dict set frozenset
		bytes bytearray complex object type slice property staticmethod classmethod super abs all any
		bin hex oct chr ord divmod pow round sum min max sorted reversed enumerate zip map filter iter
		next isinstance issubclass getattr setattr hasattr delattr callable hash id repr ascii format
		vars dir globals locals open input exit quit __import__ NotImplemented Ellipsis
		BaseException Exception ValueError KeyError StopIteration SystemExit OSError FileNotFoundError`) {
		if _, ok := object.DictGetStr(th, v.Builtins, name); !ok {
			t.Errorf("builtins lacks %s", name)
		}
	}
}

// TestPrintToFile exercises print(file=...) and the file objects of open().
func TestPrintToFile(t *testing.T) {
	_, th := builtinsTestVM(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	open := func(mode string) Value {
		t.Helper()
		fv, err := callBuiltin(t, "open", []Value{object.NewStr(th, path), object.NewStr(th, mode)}, nil)
		if err != nil {
			t.Fatalf("open(%q): %v", mode, err)
		}
		return fv
	}
	method := func(fv Value, name string, args ...Value) (Value, error) {
		m, err := object.GetAttr(th, fv, name)
		if err != nil {
			return object.Null, err
		}
		return object.Call(th, m, args, nil)
	}
	fv := open("w")
	if _, err := callBuiltin(t, "print", []Value{object.MakeSmallInt(1), object.NewStr(th, "é"), object.NewStr(th, "-"), fv},
		[]string{"sep", "file"}); err != nil {
		t.Fatal(err)
	}
	n, err := method(fv, "write", object.NewStr(th, "a\r\nb"))
	if got := outcome(th, n, err); got != "4" {
		t.Errorf("write: got %s, want 4", got)
	}
	if _, err := method(fv, "close"); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if string(data) != "1-é\na\r\nb" {
		t.Errorf("file holds %q, want %q", data, "1-é\na\r\nb")
	}
	_, err = method(fv, "write", object.NewStr(th, "x"))
	if got := outcome(th, object.Null, err); got != "ValueError: I/O operation on closed file." {
		t.Errorf("write after close: got %s", got)
	}

	cases := []struct {
		mode, method string
		args         []Value
		want         string
	}{
		{"r", "read", nil, `'1-é\na\nb'`},
		{"r", "readline", nil, `'1-é\n'`},
		{"r", "readlines", nil, `['1-é\n', 'a\n', 'b']`},
		{"r", "read", []Value{object.MakeSmallInt(3)}, `'1-é'`},
		{"r", "read", []Value{object.NewStr(th, "a")}, "TypeError: argument should be integer or None, not 'str'"},
		{"r", "write", []Value{object.NewStr(th, "a")}, "io.UnsupportedOperation: not writable"},
		{"rb", "read", nil, `b'1-\xc3\xa9\na\r\nb'`},
		{"rb", "readline", nil, `b'1-\xc3\xa9\n'`},
		{"rb", "read", []Value{object.MakeSmallInt(2)}, `b'1-'`},
		{"rb", "write", []Value{object.NewStr(th, "a")}, "io.UnsupportedOperation: write"},
		{"ab", "write", []Value{object.NewStr(th, "a")}, "TypeError: a bytes-like object is required, not 'str'"},
		{"a", "write", []Value{object.NewBytes(th, []byte("a"))}, "TypeError: write() argument must be str, not bytes"},
	}
	for _, c := range cases {
		fv := open(c.mode)
		r, err := method(fv, c.method, c.args...)
		if got := outcome(th, r, err); got != c.want {
			t.Errorf("open(%q).%s: got %s, want %s", c.mode, c.method, got, c.want)
		}
		method(fv, "close")
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "f")
	os.WriteFile(existing, []byte("x"), 0o644)
	missing := filepath.Join(dir, "missing")
	runCallCases(t, []callCase{
		{"open", []argFn{s(missing)}, nil, "FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'"},
		{"open", []argFn{s(existing), s("x")}, nil, "FileExistsError: [Errno 17] File exists: '" + existing + "'"},
		{"open", []argFn{s(dir)}, nil, "IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'"},
		{"open", []argFn{s(existing), s("q")}, nil, "ValueError: invalid mode: 'q'"},
		{"open", []argFn{s(existing), s("rw")}, nil, "ValueError: must have exactly one of create/read/write/append mode"},
		{"open", []argFn{s(existing), s("rtb")}, nil, "ValueError: can't have text and binary mode at once"},
		{"open", []argFn{s(existing), s("rb"), s("utf-8")}, []string{"encoding"}, "ValueError: binary mode doesn't take an encoding argument"},
		{"open", []argFn{s(existing), s("r"), s("klingon")}, []string{"encoding"}, "LookupError: unknown encoding: klingon"},
	})
}

func TestExitAndInput(t *testing.T) {
	runCallCases(t, []callCase{
		{"exit", nil, nil, "SystemExit: None"},
		{"exit", []argFn{i(3)}, nil, "SystemExit: 3"},
		{"quit", []argFn{s("bye")}, nil, "SystemExit: bye"},
		{"exit", []argFn{i(1), i(2)}, nil, "TypeError: Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given"},
		{"input", []argFn{i(1), i(2)}, nil, "TypeError: input expected at most 1 argument, got 2"},
		{"print", []argFn{i(1)}, []string{"sep"}, "TypeError: sep must be None or a string, not int"},
		{"print", []argFn{i(1)}, []string{"end"}, "TypeError: end must be None or a string, not int"},
		{"print", []argFn{i(1)}, []string{"foo"}, "TypeError: 'foo' is an invalid keyword argument for print()"},
		{"print", []argFn{i(1)}, []string{"file"}, "AttributeError: 'int' object has no attribute 'write'"},
	})
}
