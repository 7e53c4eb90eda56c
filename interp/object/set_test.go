package object

import "testing"

// ctSet builds a set (or frozenset) of small ints.
func ctSet(tb testing.TB, t *Thread, frozen bool, xs ...int) Value {
	tb.Helper()
	if frozen {
		s, err := NewFrozenSet(t, ctInts(xs...))
		if err != nil {
			tb.Fatal(err)
		}
		return s
	}
	s := NewSet(t)
	for _, x := range ctInts(xs...) {
		if err := SetAdd(t, s, x); err != nil {
			tb.Fatal(err)
		}
	}
	return s
}

// ctResult is the repr of v, or the error line.
func ctResult(tb testing.TB, t *Thread, v Value, err error) string {
	tb.Helper()
	if err != nil {
		return ctErr(t, err)
	}
	return ctRepr(tb, t, v)
}

func TestSetBasics(t *testing.T) {
	th := containerThread(t)
	s := NewSet(th)
	const n = 3000
	for i := 0; i < n; i++ {
		SetAdd(th, s, MakeSmallInt(int64(i)))
		SetAdd(th, s, MakeSmallInt(int64(i))) // duplicates are ignored
	}
	if got := tabLen(th, s); got != n {
		t.Fatalf("len = %d, want %d", got, n)
	}
	for i := 0; i < n; i += 3 {
		if _, err := ctMethod(th, SetType, "remove", s, MakeSmallInt(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < n; i++ {
		in, err := SetContains(th, s, MakeSmallInt(int64(i)))
		if err != nil || in != (i%3 != 0) {
			t.Fatalf("%d in s = %v, %v", i, in, err)
		}
	}
	if items := SetItems(th, s); len(items) != n-n/3 || items[0] != MakeSmallInt(1) {
		t.Errorf("SetItems: %d items, first %v", len(items), items[0])
	}
	// pop drains the set in order, in linear total time.
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			continue
		}
		v, err := ctMethod(th, SetType, "pop", s)
		if err != nil || v != MakeSmallInt(int64(i)) {
			t.Fatalf("pop = %v, %v; want %d", v, err, i)
		}
	}
	_, err := ctMethod(th, SetType, "pop", s)
	if got, want := ctErr(th, err), "KeyError: 'pop from an empty set'"; got != want {
		t.Errorf("pop empty: %s, want %s", got, want)
	}
	SetAdd(th, s, MakeSmallInt(7))
	if got := ctRepr(t, th, s); got != "{7}" {
		t.Errorf("after refill: %s", got)
	}
	if err := SetAdd(th, s, NewList(th, nil)); ctErr(th, err) != "TypeError: unhashable type: 'list'" {
		t.Errorf("add(list): %v", err)
	}
	if !IsSetOrFrozen(s) || IsSetOrFrozen(NewDict(th)) {
		t.Errorf("IsSetOrFrozen is wrong")
	}
}

func TestSetRepr(t *testing.T) {
	th := containerThread(t)
	tests := []struct {
		v    Value
		want string
	}{
		{NewSet(th), "set()"},
		{ctSet(t, th, false, 1, 2), "{1, 2}"},
		{ctSet(t, th, true), "frozenset()"},
		{ctSet(t, th, true, 1, 2), "frozenset({1, 2})"},
	}
	for _, tt := range tests {
		if got := ctRepr(t, th, tt.v); got != tt.want {
			t.Errorf("repr = %s, want %s", got, tt.want)
		}
	}
}

func TestSetOperators(t *testing.T) {
	th := containerThread(t)
	s := func(xs ...int) Value { return ctSet(t, th, false, xs...) }
	f := func(xs ...int) Value { return ctSet(t, th, true, xs...) }
	tests := []struct {
		name string
		op   BinOp
		a, b Value
		want string
	}{
		{"s | {4}", OpOr, s(1, 2, 3), s(4), "{1, 2, 3, 4}"},
		{"s & {2,3,9}", OpAnd, s(1, 2, 3), s(2, 3, 9), "{2, 3}"},
		{"s - {1}", OpSub, s(1, 2, 3), s(1), "{2, 3}"},
		{"s ^ {3,4}", OpXor, s(1, 2, 3), s(3, 4), "{1, 2, 4}"},
		{"f | s", OpOr, f(1), s(2), "frozenset({1, 2})"},
		{"s | f", OpOr, s(2), f(1), "{2, 1}"},
		{"f - s", OpSub, f(1), s(1), "frozenset()"},
		{"s | [1]", OpOr, s(1), NewList(th, ctInts(1)), "TypeError: unsupported operand type(s) for |: 'set' and 'list'"},
		{"s |= {5}", OpOr + InplaceOffset, s(1), s(5), "{1, 5}"},
		{"s &= {1}", OpAnd + InplaceOffset, s(1, 2), s(1), "{1}"},
		{"s -= {1}", OpSub + InplaceOffset, s(1, 2), s(1), "{2}"},
		{"s ^= {1, 3}", OpXor + InplaceOffset, s(1, 2), s(1, 3), "{2, 3}"},
		{"f |= {5}", OpOr + InplaceOffset, f(1), s(5), "frozenset({1, 5})"},
	}
	for _, tt := range tests {
		r, err := BinaryOp(th, tt.op, tt.a, tt.b)
		if got := ctResult(t, th, r, err); got != tt.want {
			t.Errorf("%s = %s, want %s", tt.name, got, tt.want)
		}
		if tt.op >= InplaceOffset && err == nil && isSet(tt.a) && r != tt.a {
			t.Errorf("%s did not update the set in place", tt.name)
		}
	}
}

func TestSetCompare(t *testing.T) {
	th := containerThread(t)
	s := func(xs ...int) Value { return ctSet(t, th, false, xs...) }
	tests := []struct {
		a, b Value
		op   CompareOp
		want string
	}{
		{s(1, 2), s(1, 2, 3), LE, "True"},
		{s(1, 2), s(1, 2), LT, "False"},
		{s(1, 2), s(1), GE, "True"},
		{s(1, 2), s(1, 2), GT, "False"},
		{s(1, 2), s(2, 1), EQ, "True"},
		{s(1), ctSet(t, th, true, 1), NE, "False"},
		{s(1), ctSet(t, th, true, 1), EQ, "True"},
		{s(1), MakeSmallInt(3), LE, "TypeError: '<=' not supported between instances of 'set' and 'int'"},
		{s(1), NewList(th, ctInts(1)), EQ, "False"},
	}
	for _, tt := range tests {
		r, err := RichCompare(th, tt.a, tt.b, tt.op)
		if got := ctResult(t, th, r, err); got != tt.want {
			t.Errorf("%s %s %s = %s, want %s", ctRepr(t, th, tt.a), CompareSymbols[tt.op], ctRepr(t, th, tt.b), got, tt.want)
		}
	}
}

func TestSetMethods(t *testing.T) {
	th := containerThread(t)
	l := func(xs ...int) Value { return NewList(th, ctInts(xs...)) }
	tests := []struct {
		name string
		args []Value
		want string // result, then the set
	}{
		{"union", []Value{l(4), NewTuple(th, ctInts(5))}, "{1, 2, 3, 4, 5} {1, 2, 3}"},
		{"union", nil, "{1, 2, 3} {1, 2, 3}"},
		{"intersection", []Value{l(1, 2), l(2)}, "{2} {1, 2, 3}"},
		{"difference", []Value{l(1), l(2)}, "{3} {1, 2, 3}"},
		{"symmetric_difference", []Value{l(3, 4)}, "{1, 2, 4} {1, 2, 3}"},
		{"symmetric_difference", nil, "TypeError: set.symmetric_difference() takes exactly one argument (0 given)"},
		{"issubset", []Value{l(1, 2, 3, 4)}, "True {1, 2, 3}"},
		{"issuperset", []Value{l(1)}, "True {1, 2, 3}"},
		{"isdisjoint", []Value{l(4)}, "True {1, 2, 3}"},
		{"isdisjoint", []Value{l(3)}, "False {1, 2, 3}"},
		{"issubset", []Value{MakeSmallInt(1)}, "TypeError: 'int' object is not iterable"},
		{"intersection_update", []Value{l(1, 2), l(2, 5)}, "None {2}"},
		{"difference_update", []Value{l(1), l(2)}, "None {3}"},
		{"symmetric_difference_update", []Value{l(3, 4)}, "None {1, 2, 4}"},
		{"update", []Value{l(4), l(5)}, "None {1, 2, 3, 4, 5}"},
		{"add", ctInts(9), "None {1, 2, 3, 9}"},
		{"add", nil, "TypeError: set.add() takes exactly one argument (0 given)"},
		{"discard", ctInts(9), "None {1, 2, 3}"},
		{"discard", ctInts(2), "None {1, 3}"},
		{"remove", ctInts(9), "KeyError: 9"},
		{"copy", nil, "{1, 2, 3} {1, 2, 3}"},
		{"clear", nil, "None set()"},
		{"pop", ctInts(1), "TypeError: set.pop() takes no arguments (1 given)"},
	}
	for _, tt := range tests {
		s := ctSet(t, th, false, 1, 2, 3)
		r, err := ctMethod(th, SetType, tt.name, s, tt.args...)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, r) + " " + ctRepr(t, th, s)
		}
		if got != tt.want {
			t.Errorf("%s%s: got %s, want %s", tt.name, ctRepr(t, th, NewTuple(th, tt.args)), got, tt.want)
		}
	}
	f := ctSet(t, th, true, 1)
	if c, _ := ctMethod(th, FrozenSetType, "copy", f); c != f {
		t.Errorf("frozenset.copy must return the same object")
	}
	if r, err := ctMethod(th, FrozenSetType, "union", f, NewList(th, ctInts(2))); ctResult(t, th, r, err) != "frozenset({1, 2})" {
		t.Errorf("frozenset.union = %s", ctResult(t, th, r, err))
	}
	if _, ok := FrozenSetType.Attrs["add"]; ok {
		t.Errorf("frozenset has add")
	}
}

func TestFrozenSetHash(t *testing.T) {
	th := containerThread(t)
	tests := []struct {
		items []Value
		want  int64
	}{
		{nil, 133146708735736},
		{ctInts(1, 2), -1826646154956904602},
		{ctInts(3, 1, 2), -272375401224217160},
		{ctInts(-1, -2), 399283329322573},
		{[]Value{NewTuple(th, ctInts(1, 2))}, 3819360209092968377},
	}
	for _, tt := range tests {
		f, err := NewFrozenSet(th, tt.items)
		if err != nil {
			t.Fatal(err)
		}
		h, err := Hash(th, f)
		if err != nil || h != tt.want {
			t.Errorf("hash(%s) = %d, %v; want %d", ctRepr(t, th, f), h, err, tt.want)
		}
	}
	if _, err := Hash(th, NewSet(th)); ctErr(th, err) != "TypeError: unhashable type: 'set'" {
		t.Errorf("hash(set()): %v", err)
	}
	// A set is looked up as the equal frozenset.
	outer := NewSet(th)
	SetAdd(th, outer, ctSet(t, th, true, 1))
	in, err := SetContains(th, outer, ctSet(t, th, false, 1))
	if err != nil || !in {
		t.Errorf("{1} in {frozenset({1})} = %v, %v", in, err)
	}
}

func TestSetIterAndConstruct(t *testing.T) {
	th := containerThread(t)
	s := ctSet(t, th, false, 1, 2)
	it, err := Iter(th, s)
	if err != nil || TypeName(it) != "set_iterator" {
		t.Fatalf("iter(set) = %s, %v", TypeName(it), err)
	}
	Next(th, it)
	SetAdd(th, s, MakeSmallInt(3))
	_, err = Next(th, it)
	if got, want := ctErr(th, err), "RuntimeError: Set changed size during iteration"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	tests := []struct {
		typ  *Type
		args []Value
		kw   []string
		want string
	}{
		{SetType, nil, nil, "set()"},
		{SetType, []Value{NewList(th, ctInts(1, 2, 1))}, nil, "{1, 2}"},
		{SetType, []Value{ctDict(th, "a", None)}, nil, "{'a'}"},
		{SetType, []Value{MakeSmallInt(1)}, nil, "TypeError: 'int' object is not iterable"},
		{SetType, []Value{None, None}, nil, "TypeError: set expected at most 1 argument, got 2"},
		{SetType, []Value{None}, []string{"x"}, "TypeError: set() takes no keyword arguments"},
		{FrozenSetType, []Value{NewList(th, ctInts(3, 1))}, nil, "frozenset({3, 1})"},
		{FrozenSetType, nil, nil, "frozenset()"},
		{FrozenSetType, []Value{None}, []string{"x"}, "TypeError: frozenset() takes no keyword arguments"},
	}
	for _, tt := range tests {
		v, err := Call(th, tt.typ.Ref, tt.args, tt.kw)
		if got := ctResult(t, th, v, err); got != tt.want {
			t.Errorf("%s%s = %s, want %s", tt.typ.Name, ctRepr(t, th, NewTuple(th, tt.args)), got, tt.want)
		}
	}
	f := ctSet(t, th, true, 1)
	if g, _ := Call(th, FrozenSetType.Ref, []Value{f}, nil); g != f {
		t.Errorf("frozenset(f) must return f")
	}
}
