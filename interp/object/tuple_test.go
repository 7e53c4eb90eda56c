package object

import "testing"

func TestTupleRepr(t *testing.T) {
	th := containerThread(t)
	l := NewList(th, nil)
	rec := NewTuple(th, []Value{l})
	ListAppend(th, l, rec)
	tests := []struct {
		v    Value
		want string
	}{
		{NewTuple(th, nil), "()"},
		{NewTuple(th, ctInts(1)), "(1,)"},
		{NewTuple(th, ctInts(1, 2)), "(1, 2)"},
		{NewTuple(th, []Value{NewTuple(th, nil), NewDict(th)}), "((), {})"},
		{rec, "([(...)],)"},
	}
	for _, tt := range tests {
		if got := ctRepr(t, th, tt.v); got != tt.want {
			t.Errorf("repr = %s, want %s", got, tt.want)
		}
	}
}

func TestTupleHash(t *testing.T) {
	th := containerThread(t)
	// Values from CPython 3.11.
	tests := []struct {
		v    Value
		want int64
	}{
		{NewTuple(th, nil), 5740354900026072187},
		{NewTuple(th, ctInts(1)), -6644214454873602895},
		{NewTuple(th, ctInts(1, 2)), -3550055125485641917},
		{NewTuple(th, []Value{MakeSmallInt(1), NewTuple(th, ctInts(2, 3))}), 7267574591690527098},
		{NewTuple(th, ctInts(-1)), 8078679518589016365},
	}
	for _, tt := range tests {
		h, err := Hash(th, tt.v)
		if err != nil || h != tt.want {
			t.Errorf("hash(%s) = %d, %v; want %d", ctRepr(t, th, tt.v), h, err, tt.want)
		}
	}
	_, err := Hash(th, NewTuple(th, []Value{NewList(th, nil)}))
	if got, want := ctErr(th, err), "TypeError: unhashable type: 'list'"; got != want {
		t.Errorf("hash(([],)): %s, want %s", got, want)
	}
}

func TestTupleOps(t *testing.T) {
	th := containerThread(t)
	tup := NewTuple(th, ctInts(1, 2, 3, 2))
	n := func(i int) Value { return MakeSmallInt(int64(i)) }
	checks := []struct {
		name string
		got  func() (Value, error)
		want string
	}{
		{"t[1]", func() (Value, error) { return GetItem(th, tup, n(1)) }, "2"},
		{"t[-1]", func() (Value, error) { return GetItem(th, tup, n(-1)) }, "2"},
		{"t[4]", func() (Value, error) { return GetItem(th, tup, n(4)) }, "IndexError: tuple index out of range"},
		{"t['a']", func() (Value, error) { return GetItem(th, tup, NewStr(th, "a")) },
			"TypeError: tuple indices must be integers or slices, not str"},
		{"t[::-2]", func() (Value, error) { return GetItem(th, tup, NewSlice(th, None, None, n(-2))) }, "(2, 2)"},
		{"t[1:3]", func() (Value, error) { return GetItem(th, tup, NewSlice(th, n(1), n(3), None)) }, "(2, 3)"},
		{"t + (9,)", func() (Value, error) { return BinaryOp(th, OpAdd, tup, NewTuple(th, ctInts(9))) }, "(1, 2, 3, 2, 9)"},
		{"t + [1]", func() (Value, error) { return BinaryOp(th, OpAdd, tup, NewList(th, ctInts(1))) },
			`TypeError: can only concatenate tuple (not "list") to tuple`},
		{"(1,2)*2", func() (Value, error) { return BinaryOp(th, OpMul, NewTuple(th, ctInts(1, 2)), n(2)) }, "(1, 2, 1, 2)"},
		{"2*(1,2)", func() (Value, error) { return BinaryOp(th, OpMul, n(2), NewTuple(th, ctInts(1, 2))) }, "(1, 2, 1, 2)"},
		{"t.index(2)", func() (Value, error) { return ctMethod(th, TupleType, "index", tup, n(2)) }, "1"},
		{"t.index(2, 2)", func() (Value, error) { return ctMethod(th, TupleType, "index", tup, n(2), n(2)) }, "3"},
		{"t.index(7)", func() (Value, error) { return ctMethod(th, TupleType, "index", tup, n(7)) },
			"ValueError: tuple.index(x): x not in tuple"},
		{"t.count(2)", func() (Value, error) { return ctMethod(th, TupleType, "count", tup, n(2)) }, "2"},
		{"t.count()", func() (Value, error) { return ctMethod(th, TupleType, "count", tup) },
			"TypeError: tuple.count() takes exactly one argument (0 given)"},
		{"(1,2) < (1,2,3)", func() (Value, error) {
			return RichCompare(th, NewTuple(th, ctInts(1, 2)), NewTuple(th, ctInts(1, 2, 3)), LT)
		}, "True"},
		{"(1,2) == (1,2)", func() (Value, error) {
			return RichCompare(th, NewTuple(th, ctInts(1, 2)), NewTuple(th, ctInts(1, 2)), EQ)
		}, "True"},
		{"(1,2) < (1,'a')", func() (Value, error) {
			return RichCompare(th, NewTuple(th, ctInts(1, 2)), NewTuple(th, []Value{n(1), NewStr(th, "a")}), LT)
		}, "TypeError: '<' not supported between instances of 'int' and 'str'"},
		{"3 in t", func() (Value, error) { in, err := Contains(th, tup, n(3)); return Bool(in), err }, "True"},
		{"tuple([1, 2])", func() (Value, error) { return Call(th, TupleType.Ref, []Value{NewList(th, ctInts(1, 2))}, nil) }, "(1, 2)"},
		{"tuple()", func() (Value, error) { return Call(th, TupleType.Ref, nil, nil) }, "()"},
		{"tuple(1)", func() (Value, error) { return Call(th, TupleType.Ref, []Value{n(1)}, nil) }, "TypeError: 'int' object is not iterable"},
		{"tuple(x=1)", func() (Value, error) { return Call(th, TupleType.Ref, []Value{n(1)}, []string{"x"}) },
			"TypeError: tuple() takes no keyword arguments"},
	}
	for _, c := range checks {
		v, err := c.got()
		if got := ctResult(t, th, v, err); got != c.want {
			t.Errorf("%s = %s, want %s", c.name, got, c.want)
		}
	}
	if r, _ := Call(th, TupleType.Ref, []Value{tup}, nil); r != tup {
		t.Errorf("tuple(t) must return t itself")
	}
	it, _ := Iter(th, tup)
	items, err := Collect(th, it)
	if err != nil || len(items) != 4 || TypeName(it) != "tuple_iterator" {
		t.Errorf("iterating a tuple: %d items, %v, %s", len(items), err, TypeName(it))
	}
}
