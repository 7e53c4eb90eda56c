package object

import (
	"fmt"
	"testing"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/stm"
)

// containerThread boots the runtime and runs the test inside one
// transaction. It serves list_test.go, tuple_test.go, dict_test.go and
// set_test.go.
func containerThread(tb testing.TB) *Thread {
	tb.Helper()
	_, t, err := Boot(gc.Config{}, stm.GlobalLock)
	if err != nil {
		tb.Fatal(err)
	}
	t.TX.Begin()
	tb.Cleanup(t.TX.Commit)
	return t
}

// ctInts makes small int values.
func ctInts(xs ...int) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = MakeSmallInt(int64(x))
	}
	return out
}

// ctRepr returns repr(v), failing the test on error.
func ctRepr(tb testing.TB, t *Thread, v Value) string {
	tb.Helper()
	s, err := Repr(t, v)
	if err != nil {
		tb.Fatalf("repr: %v", err)
	}
	return s
}

// ctErr renders a Python exception as CPython's last traceback line.
func ctErr(t *Thread, err error) string {
	e, ok := err.(*Exception)
	if !ok || e.Args == nil {
		return fmt.Sprint(err)
	}
	if len(e.Args) == 1 {
		s, _ := Repr(t, e.Args[0])
		return e.Type.Name + ": " + s
	}
	return e.Type.Name
}

// ctMethod calls the built-in method typ.name on self.
func ctMethod(t *Thread, typ *Type, name string, self Value, args ...Value) (Value, error) {
	b, _ := BuiltinOf(typ.Attrs[name])
	return b.Fn(t, self, args, nil)
}

// ctMethodKw calls typ.name with keyword arguments.
func ctMethodKw(t *Thread, typ *Type, name string, self Value, args []Value, kwnames []string) (Value, error) {
	b, _ := BuiltinOf(typ.Attrs[name])
	return b.Fn(t, self, args, kwnames)
}

// ctFunc wraps a Go function as a guest callable (for key functions).
func ctFunc(t *Thread, name string, f func(x Value) (Value, error)) Value {
	return NewBuiltin(t, &Builtin{Name: name, Fn: func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return f(args[0])
	}})
}

func TestListGrowth(t *testing.T) {
	th := containerThread(t)
	l := NewList(th, nil)
	const n = 5000
	for i := 0; i < n; i++ {
		ListAppend(th, l, MakeSmallInt(int64(i)))
	}
	if got := ListLen(th, l); got != n {
		t.Fatalf("len = %d, want %d", got, n)
	}
	for i := 0; i < n; i += 97 {
		if got := ListGet(th, l, i); got != MakeSmallInt(int64(i)) {
			t.Errorf("l[%d] = %v, want %d", i, got, i)
		}
	}
	ListSet(th, l, 3, None)
	items := ListItems(th, l)
	items[4] = None // ListItems must copy
	if got := ListGet(th, l, 3); got != None {
		t.Errorf("after ListSet, l[3] = %v, want None", got)
	}
	if got := ListGet(th, l, 4); got != MakeSmallInt(4) {
		t.Errorf("ListItems aliases the list: l[4] = %v", got)
	}
	if !IsList(l) || IsList(NewTuple(th, nil)) || IsList(MakeSmallInt(1)) {
		t.Errorf("IsList is wrong")
	}
}

func TestListGetItem(t *testing.T) {
	th := containerThread(t)
	l := NewList(th, ctInts(1, 2, 3, 4, 5, 6))
	tests := []struct {
		key  Value
		want string
	}{
		{MakeSmallInt(0), "1"},
		{MakeSmallInt(-1), "6"},
		{True, "2"},
		{MakeSmallInt(6), "IndexError: list index out of range"},
		{MakeSmallInt(-7), "IndexError: list index out of range"},
		{NewStr(th, "a"), "TypeError: list indices must be integers or slices, not str"},
		{MakeFloat(1), "TypeError: list indices must be integers or slices, not float"},
		{NewSlice(th, MakeSmallInt(1), None, MakeSmallInt(2)), "[2, 4, 6]"},
		{NewSlice(th, MakeSmallInt(5), MakeSmallInt(0), MakeSmallInt(-2)), "[6, 4, 2]"},
		{NewSlice(th, MakeSmallInt(-10), MakeSmallInt(10), None), "[1, 2, 3, 4, 5, 6]"},
		{NewSlice(th, None, None, MakeSmallInt(-1)), "[6, 5, 4, 3, 2, 1]"},
		{NewSlice(th, None, None, MakeSmallInt(0)), "ValueError: slice step cannot be zero"},
	}
	for _, tt := range tests {
		v, err := GetItem(th, l, tt.key)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, v)
		}
		if got != tt.want {
			t.Errorf("l[%s] = %s, want %s", ctRepr(t, th, tt.key), got, tt.want)
		}
	}
}

func TestListSetSlice(t *testing.T) {
	th := containerThread(t)
	n := func(i int) Value { return MakeSmallInt(int64(i)) }
	sl := func(a, b, c Value) Value { return NewSlice(th, a, b, c) }
	tests := []struct {
		name string
		key  Value
		val  func(l Value) Value // nil: delete
		want string
	}{
		{"a[1:3] = [9,9,9]", sl(n(1), n(3), None), func(Value) Value { return NewList(th, ctInts(9, 9, 9)) }, "[1, 9, 9, 9, 4, 5, 6]"},
		{"a[::2] = [7,8,9]", sl(None, None, n(2)), func(Value) Value { return NewList(th, ctInts(7, 8, 9)) }, "[7, 2, 8, 4, 9, 6]"},
		{"del a[::2]", sl(None, None, n(2)), nil, "[2, 4, 6]"},
		{"del a[1:3]", sl(n(1), n(3), None), nil, "[1, 4, 5, 6]"},
		{"a[3:1] = [7]", sl(n(3), n(1), None), func(Value) Value { return NewList(th, ctInts(7)) }, "[1, 2, 3, 7, 4, 5, 6]"},
		{"a[1:] = a", sl(n(1), None, None), func(l Value) Value { return l }, "[1, 1, 2, 3, 4, 5, 6]"},
		{"a[::-2] = (0,0,0)", sl(None, None, n(-2)), func(Value) Value { return NewTuple(th, ctInts(0, 0, 0)) }, "[1, 0, 3, 0, 5, 0]"},
		{"del a[::-3]", sl(None, None, n(-3)), nil, "[1, 2, 4, 5]"},
		{"a[-2:] = []", sl(n(-2), None, None), func(Value) Value { return NewList(th, nil) }, "[1, 2, 3, 4]"},
		{"a[::2] = [1]", sl(None, None, n(2)), func(Value) Value { return NewList(th, ctInts(1)) },
			"ValueError: attempt to assign sequence of size 1 to extended slice of size 3"},
		{"a[0:1] = 1", sl(n(0), n(1), None), func(Value) Value { return n(1) }, "TypeError: can only assign an iterable"},
		{"a[9] = 1", n(9), func(Value) Value { return n(1) }, "IndexError: list assignment index out of range"},
		{"del a[-7]", n(-7), nil, "IndexError: list assignment index out of range"},
		{"del a[-1]", n(-1), nil, "[1, 2, 3, 4, 5]"},
		{"a['x'] = 1", NewStr(th, "x"), func(Value) Value { return n(1) }, "TypeError: list indices must be integers or slices, not str"},
	}
	for _, tt := range tests {
		l := NewList(th, ctInts(1, 2, 3, 4, 5, 6))
		var err error
		if tt.val == nil {
			err = DelItem(th, l, tt.key)
		} else {
			err = SetItem(th, l, tt.key, tt.val(l))
		}
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, l)
		}
		if got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestListSort(t *testing.T) {
	th := containerThread(t)
	// Pairs (key, tag): sorting by key must keep tags in input order.
	pairs := func() Value {
		var items []Value
		for i, k := range []int{3, 1, 2, 1, 3, 2, 1} {
			items = append(items, NewTuple(th, ctInts(k, i)))
		}
		return NewList(th, items)
	}
	first := ctFunc(th, "first", func(x Value) (Value, error) { return TupleItem(x, 0), nil })
	tests := []struct {
		name    string
		kw      []string
		args    []Value
		want    string
		wantErr string
	}{
		{"key", []string{"key"}, []Value{first}, "[(1, 1), (1, 3), (1, 6), (2, 2), (2, 5), (3, 0), (3, 4)]", ""},
		{"key reverse", []string{"key", "reverse"}, []Value{first, True}, "[(3, 0), (3, 4), (2, 2), (2, 5), (1, 1), (1, 3), (1, 6)]", ""},
		{"plain", nil, nil, "[(1, 1), (1, 3), (1, 6), (2, 2), (2, 5), (3, 0), (3, 4)]", ""},
		{"positional", nil, []Value{first}, "", "TypeError: sort() takes no positional arguments"},
	}
	for _, tt := range tests {
		l := pairs()
		_, err := ctMethodKw(th, ListType, "sort", l, tt.args, tt.kw)
		if tt.wantErr != "" {
			if err == nil || ctErr(th, err) != tt.wantErr {
				t.Errorf("%s: err = %v, want %s", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := ctRepr(t, th, l); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestListSortLarge(t *testing.T) {
	th := containerThread(t)
	const n = 3000
	var items []Value
	for i := 0; i < n; i++ {
		items = append(items, NewTuple(th, ctInts((i*7919)%101, i)))
	}
	l := NewList(th, items)
	first := ctFunc(th, "first", func(x Value) (Value, error) { return TupleItem(x, 0), nil })
	if _, err := ctMethodKw(th, ListType, "sort", l, []Value{first}, []string{"key"}); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < n; i++ {
		a, b := ListGet(th, l, i-1), ListGet(th, l, i)
		ka, kb := TupleItem(a, 0).SmallInt(), TupleItem(b, 0).SmallInt()
		if ka > kb || ka == kb && TupleItem(a, 1).SmallInt() > TupleItem(b, 1).SmallInt() {
			t.Fatalf("not sorted stably at %d: %s then %s", i, ctRepr(t, th, a), ctRepr(t, th, b))
		}
	}
	strs := NewList(th, []Value{NewStr(th, "b"), NewStr(th, "é"), NewStr(th, "a"), NewStr(th, "B")})
	if _, err := ctMethod(th, ListType, "sort", strs); err != nil {
		t.Fatal(err)
	}
	if got, want := ctRepr(t, th, strs), "['B', 'a', 'b', 'é']"; got != want {
		t.Errorf("sorted strs = %s, want %s", got, want)
	}
}

func TestListSortErrors(t *testing.T) {
	th := containerThread(t)
	mixed := NewList(th, []Value{MakeSmallInt(1), NewStr(th, "a")})
	_, err := ctMethod(th, ListType, "sort", mixed)
	if got, want := ctErr(th, err), "TypeError: '<' not supported between instances of 'str' and 'int'"; got != want {
		t.Errorf("mixed sort: %s, want %s", got, want)
	}
	if got := ctRepr(t, th, mixed); got != "[1, 'a']" {
		t.Errorf("list after failed sort = %s", got)
	}
	boom := ctFunc(th, "boom", func(x Value) (Value, error) {
		if x == MakeSmallInt(1) {
			return Null, ValueError("boom")
		}
		return x, nil
	})
	l := NewList(th, ctInts(3, 1, 2))
	_, err = ctMethodKw(th, ListType, "sort", l, []Value{boom}, []string{"key"})
	if got := ctErr(th, err); got != "ValueError: boom" || ctRepr(t, th, l) != "[3, 1, 2]" {
		t.Errorf("failing key: %s, list %s; want ValueError: boom, [3, 1, 2]", got, ctRepr(t, th, l))
	}
	grow := ctFunc(th, "grow", func(x Value) (Value, error) {
		ListAppend(th, l, x)
		return x, nil
	})
	l = NewList(th, ctInts(3, 2, 1))
	_, err = ctMethodKw(th, ListType, "sort", l, []Value{grow}, []string{"key"})
	if got, want := ctErr(th, err), "ValueError: list modified during sort"; got != want {
		t.Errorf("mutating key: %s, want %s", got, want)
	}
}

func TestListMethods(t *testing.T) {
	th := containerThread(t)
	s := NewStr(th, "x")
	tests := []struct {
		name string
		args []Value
		want string // result repr, then the list
	}{
		{"append", []Value{s}, "None [1, 2, 3, 2, 'x']"},
		{"extend", []Value{NewTuple(th, ctInts(7, 8))}, "None [1, 2, 3, 2, 7, 8]"},
		{"insert", ctInts(-100, 0), "None [0, 1, 2, 3, 2]"},
		{"insert", ctInts(100, 0), "None [1, 2, 3, 2, 0]"},
		{"insert", ctInts(-1, 0), "None [1, 2, 3, 0, 2]"},
		{"insert", ctInts(1), "TypeError: insert expected 2 arguments, got 1"},
		{"pop", nil, "2 [1, 2, 3]"},
		{"pop", ctInts(0), "1 [2, 3, 2]"},
		{"pop", ctInts(-5), "IndexError: pop index out of range"},
		{"pop", []Value{s}, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"remove", ctInts(2), "None [1, 3, 2]"},
		{"remove", ctInts(9), "ValueError: list.remove(x): x not in list"},
		{"index", ctInts(2), "1 [1, 2, 3, 2]"},
		{"index", ctInts(2, 2), "3 [1, 2, 3, 2]"},
		{"index", ctInts(2, -2, 4), "3 [1, 2, 3, 2]"},
		{"index", ctInts(1, 2), "ValueError: 1 is not in list"},
		{"index", []Value{s}, "ValueError: 'x' is not in list"},
		{"index", []Value{MakeSmallInt(1), s}, "TypeError: slice indices must be integers or have an __index__ method"},
		{"index", nil, "TypeError: index expected at least 1 argument, got 0"},
		{"count", ctInts(2), "2 [1, 2, 3, 2]"},
		{"count", nil, "TypeError: list.count() takes exactly one argument (0 given)"},
		{"append", ctInts(1, 2), "TypeError: list.append() takes exactly one argument (2 given)"},
		{"reverse", nil, "None [2, 3, 2, 1]"},
		{"copy", nil, "[1, 2, 3, 2] [1, 2, 3, 2]"},
		{"clear", nil, "None []"},
		{"__reversed__", ctInts(1), "TypeError: list.__reversed__() takes no arguments (1 given)"},
	}
	for _, tt := range tests {
		l := NewList(th, ctInts(1, 2, 3, 2))
		r, err := ctMethod(th, ListType, tt.name, l, tt.args...)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, r) + " " + ctRepr(t, th, l)
		}
		if got != tt.want {
			t.Errorf("%s%s: got %s, want %s", tt.name, ctRepr(t, th, NewTuple(th, tt.args)), got, tt.want)
		}
	}
}

func TestListOperators(t *testing.T) {
	th := containerThread(t)
	a := func() Value { return NewList(th, ctInts(1, 2)) }
	tests := []struct {
		name string
		op   BinOp
		x, y Value
		want string
	}{
		{"[1,2]+[1,2]", OpAdd, a(), a(), "[1, 2, 1, 2]"},
		{"[1,2]*2", OpMul, a(), MakeSmallInt(2), "[1, 2, 1, 2]"},
		{"2*[1,2]", OpMul, MakeSmallInt(2), a(), "[1, 2, 1, 2]"},
		{"[1,2]*-1", OpMul, a(), MakeSmallInt(-1), "[]"},
		{"[1,2]*True", OpMul, a(), True, "[1, 2]"},
		{"[1,2]+1", OpAdd, a(), MakeSmallInt(1), `TypeError: can only concatenate list (not "int") to list`},
		{"[1,2]*'a'", OpMul, a(), NewStr(th, "a"), "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"[1,2]+=(3,)", OpAdd + InplaceOffset, a(), NewTuple(th, ctInts(3)), "[1, 2, 3]"},
		{"[1,2]*=3", OpMul + InplaceOffset, a(), MakeSmallInt(3), "[1, 2, 1, 2, 1, 2]"},
		{"[1,2]+=1", OpAdd + InplaceOffset, a(), MakeSmallInt(1), "TypeError: 'int' object is not iterable"},
	}
	for _, tt := range tests {
		r, err := BinaryOp(th, tt.op, tt.x, tt.y)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, r)
		}
		if got != tt.want {
			t.Errorf("%s = %s, want %s", tt.name, got, tt.want)
		}
	}
	l := a()
	r, err := BinaryOp(th, OpAdd+InplaceOffset, l, a())
	if err != nil || r != l {
		t.Errorf("+= must return the same list: %v", err)
	}
}

func TestListCompare(t *testing.T) {
	th := containerThread(t)
	l := func(xs ...int) Value { return NewList(th, ctInts(xs...)) }
	tests := []struct {
		a, b Value
		op   CompareOp
		want string
	}{
		{l(1, 2), l(1, 2), EQ, "True"},
		{l(1, 2), l(1, 3), EQ, "False"},
		{l(1, 2), l(1, 2, 0), LT, "True"},
		{l(1, 3), l(1, 2, 0), GT, "True"},
		{l(), l(), LE, "True"},
		{l(1, 2), l(1, 2), NE, "False"},
		{l(1), NewTuple(th, ctInts(1)), EQ, "False"},
		{l(1), NewTuple(th, ctInts(1)), LT, "TypeError: '<' not supported between instances of 'list' and 'tuple'"},
		{NewList(th, []Value{MakeSmallInt(1), MakeSmallInt(2)}), NewList(th, []Value{MakeSmallInt(1), NewStr(th, "a")}), LT,
			"TypeError: '<' not supported between instances of 'int' and 'str'"},
	}
	for _, tt := range tests {
		r, err := RichCompare(th, tt.a, tt.b, tt.op)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, r)
		}
		if got != tt.want {
			t.Errorf("%s %s %s = %s, want %s", ctRepr(t, th, tt.a), CompareSymbols[tt.op], ctRepr(t, th, tt.b), got, tt.want)
		}
	}
}

func TestListReprAndIter(t *testing.T) {
	th := containerThread(t)
	l := NewList(th, []Value{MakeSmallInt(1), NewStr(th, "a")})
	ListAppend(th, l, l)
	if got, want := ctRepr(t, th, l), "[1, 'a', [...]]"; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
	if got := ctRepr(t, th, NewList(th, nil)); got != "[]" {
		t.Errorf("repr([]) = %s", got)
	}
	it, err := Iter(th, l)
	if err != nil {
		t.Fatal(err)
	}
	if got := TypeName(it); got != "list_iterator" {
		t.Errorf("type(iter(list)) = %s", got)
	}
	var got []Value
	for v, _ := Next(th, it); v != Null; v, _ = Next(th, it) {
		got = append(got, v)
	}
	if len(got) != 3 || got[2] != l {
		t.Errorf("iteration gave %d items", len(got))
	}
	ListAppend(th, l, None)
	if v, _ := Next(th, it); v != Null {
		t.Errorf("exhausted iterator resumed after append")
	}
	rev, err := ctMethod(th, ListType, "__reversed__", NewList(th, ctInts(1, 2, 3)))
	if err != nil {
		t.Fatal(err)
	}
	items, _ := Collect(th, rev)
	if s := ctRepr(t, th, NewList(th, items)); s != "[3, 2, 1]" || TypeName(rev) != "list_reverseiterator" {
		t.Errorf("reversed = %s (%s)", s, TypeName(rev))
	}
	in, err := Contains(th, l, NewStr(th, "a"))
	if err != nil || !in {
		t.Errorf("'a' in l = %v, %v", in, err)
	}
	if _, err := Hash(th, l); ctErr(th, err) != "TypeError: unhashable type: 'list'" {
		t.Errorf("hash(list) error = %v", err)
	}
}

func TestListConstruct(t *testing.T) {
	th := containerThread(t)
	tests := []struct {
		args []Value
		kw   []string
		want string
	}{
		{nil, nil, "[]"},
		{[]Value{NewTuple(th, ctInts(1, 2))}, nil, "[1, 2]"},
		{[]Value{ctDict(th, "a", MakeSmallInt(1), "b", None)}, nil, "['a', 'b']"},
		{[]Value{MakeSmallInt(1)}, nil, "TypeError: 'int' object is not iterable"},
		{[]Value{None, None}, nil, "TypeError: list expected at most 1 argument, got 2"},
		{[]Value{None}, []string{"x"}, "TypeError: list() takes no keyword arguments"},
	}
	for _, tt := range tests {
		v, err := Call(th, ListType.Ref, tt.args, tt.kw)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, v)
		}
		if got != tt.want {
			t.Errorf("list%s = %s, want %s", ctRepr(t, th, NewTuple(th, tt.args)), got, tt.want)
		}
	}
}
