package object

import (
	"math/rand/v2"
	"testing"
)

// ctDict builds a dict from alternating str keys and values.
func ctDict(t *Thread, kv ...any) Value {
	d := NewDict(t)
	for i := 0; i < len(kv); i += 2 {
		DictSetStr(t, d, kv[i].(string), kv[i+1].(Value))
	}
	return d
}

func TestDictGrowthDeleteReinsert(t *testing.T) {
	th := containerThread(t)
	d := NewDict(th)
	const n = 4000
	for i := 0; i < n; i++ {
		if err := DictSet(th, d, MakeSmallInt(int64(i)), MakeSmallInt(int64(2*i))); err != nil {
			t.Fatal(err)
		}
	}
	if got := DictLen(th, d); got != n {
		t.Fatalf("len = %d, want %d", got, n)
	}
	for i := 0; i < n; i += 2 {
		found, err := DictDel(th, d, MakeSmallInt(int64(i)))
		if err != nil || !found {
			t.Fatalf("del d[%d]: found=%v err=%v", i, found, err)
		}
	}
	if found, _ := DictDel(th, d, MakeSmallInt(0)); found {
		t.Errorf("deleting an absent key reported found")
	}
	for i := 0; i < n; i++ {
		v, found, err := DictGet(th, d, MakeSmallInt(int64(i)))
		if err != nil {
			t.Fatal(err)
		}
		if want := i%2 == 1; found != want || found && v != MakeSmallInt(int64(2*i)) {
			t.Fatalf("d[%d] = %v found=%v, want found=%v", i, v, found, want)
		}
	}
	// Reinsert two deleted keys: they go to the end of the order.
	DictSet(th, d, MakeSmallInt(0), None)
	DictSet(th, d, MakeSmallInt(2), None)
	keys := DictKeys(th, d)
	if len(keys) != n/2+2 {
		t.Fatalf("len(keys) = %d, want %d", len(keys), n/2+2)
	}
	for j := 0; j < n/2; j++ {
		if keys[j] != MakeSmallInt(int64(2*j+1)) {
			t.Fatalf("keys[%d] = %v, want %d", j, keys[j].SmallInt(), 2*j+1)
		}
	}
	if keys[n/2] != MakeSmallInt(0) || keys[n/2+1] != MakeSmallInt(2) {
		t.Errorf("reinserted keys not at the end: %d %d", keys[n/2].SmallInt(), keys[n/2+1].SmallInt())
	}
	// Many delete/insert cycles at a constant size must not fill the index.
	for i := 0; i < 20000; i++ {
		k := MakeSmallInt(int64(n + i))
		DictSet(th, d, k, None)
		DictDel(th, d, k)
	}
	if got := DictLen(th, d); got != n/2+2 {
		t.Errorf("len after churn = %d, want %d", got, n/2+2)
	}
}

func TestDictStrKeys(t *testing.T) {
	th := containerThread(t)
	d := NewDict(th)
	DictSetStr(th, d, "alpha", MakeSmallInt(1))
	DictSetStr(th, d, "beta", MakeSmallInt(2))
	DictSetStr(th, d, "alpha", MakeSmallInt(3)) // overwrite keeps the position
	if v, ok := DictGetStr(th, d, "alpha"); !ok || v != MakeSmallInt(3) {
		t.Errorf("DictGetStr(alpha) = %v, %v", v, ok)
	}
	if _, ok := DictGetStr(th, d, "gamma"); ok {
		t.Errorf("DictGetStr(gamma) found an absent key")
	}
	v, found, err := DictGet(th, d, NewStr(th, "beta"))
	if err != nil || !found || v != MakeSmallInt(2) {
		t.Errorf("DictGet(heap 'beta') = %v, %v, %v", v, found, err)
	}
	if err := DictSet(th, d, NewStr(th, "beta"), None); err != nil {
		t.Fatal(err)
	}
	if v, _ := DictGetStr(th, d, "beta"); v != None {
		t.Errorf("DictSet with an equal heap str did not overwrite: %v", v)
	}
	if got, want := ctRepr(t, th, d), "{'alpha': 3, 'beta': None}"; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
	// An int key with the same hash as a str is a different key.
	DictSet(th, d, MakeSmallInt(HashString("alpha")<<16>>16), True)
	if v, _ := DictGetStr(th, d, "alpha"); v != MakeSmallInt(3) {
		t.Errorf("str lookup confused by an int key: %v", v)
	}
	if !IsDict(d) || IsDict(NewList(th, nil)) {
		t.Errorf("IsDict is wrong")
	}
}

func TestDictCollisions(t *testing.T) {
	th := containerThread(t)
	d := NewDict(th)
	// -1 and -2 have the same hash in CPython; multiples of 64 share the
	// low bits that pick the first slot of small tables.
	keys := ctInts(-1, -2, 0, 64, 128, 192, 256, 320, 384, 448, 512)
	for i, k := range keys {
		DictSet(th, d, k, MakeSmallInt(int64(i)))
	}
	for i, k := range keys {
		v, found, err := DictGet(th, d, k)
		if err != nil || !found || v != MakeSmallInt(int64(i)) {
			t.Errorf("d[%d] = %v, %v, %v; want %d", k.SmallInt(), v, found, err, i)
		}
	}
	DictDel(th, d, MakeSmallInt(-1))
	if v, found, _ := DictGet(th, d, MakeSmallInt(-2)); !found || v != MakeSmallInt(1) {
		t.Errorf("d[-2] lost after deleting its colliding key -1")
	}
	if _, found, _ := DictGet(th, d, MakeSmallInt(-1)); found {
		t.Errorf("d[-1] still present after delete")
	}
	if _, _, err := DictGet(th, d, NewList(th, nil)); ctErr(th, err) != "TypeError: unhashable type: 'list'" {
		t.Errorf("list key: err = %v", err)
	}
}

func TestDictNextAndPopItem(t *testing.T) {
	th := containerThread(t)
	d := ctDict(th, "a", MakeSmallInt(1), "b", MakeSmallInt(2), "c", MakeSmallInt(3))
	DictDel(th, d, NewStr(th, "b"))
	var got []string
	for pos, k, v := DictNext(th, d, 0); pos >= 0; pos, k, v = DictNext(th, d, pos) {
		got = append(got, StrGo(k)+"="+ctRepr(t, th, v))
	}
	if len(got) != 2 || got[0] != "a=1" || got[1] != "c=3" {
		t.Errorf("iteration = %v, want [a=1 c=3]", got)
	}
	r, err := ctMethod(th, DictType, "popitem", d)
	if err != nil || ctRepr(t, th, r) != "('c', 3)" {
		t.Errorf("popitem = %s, %v; want ('c', 3)", ctRepr(t, th, r), err)
	}
	DictSetStr(th, d, "z", None)
	if got := ctRepr(t, th, d); got != "{'a': 1, 'z': None}" {
		t.Errorf("after popitem and insert: %s", got)
	}
	ctMethod(th, DictType, "popitem", d)
	ctMethod(th, DictType, "popitem", d)
	_, err = ctMethod(th, DictType, "popitem", d)
	if got, want := ctErr(th, err), "KeyError: 'popitem(): dictionary is empty'"; got != want {
		t.Errorf("popitem on empty: %s, want %s", got, want)
	}
	// Popping everything and refilling must keep working (index reuse).
	for round := 0; round < 50; round++ {
		for i := 0; i < 7; i++ {
			DictSet(th, d, MakeSmallInt(int64(i)), None)
		}
		for i := 0; i < 7; i++ {
			if _, err := ctMethod(th, DictType, "popitem", d); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
	if DictLen(th, d) != 0 {
		t.Errorf("len = %d after popping all", DictLen(th, d))
	}
}

func TestDictIterInvalidation(t *testing.T) {
	th := containerThread(t)
	d := ctDict(th, "a", None, "b", None)
	it, err := Iter(th, d)
	if err != nil {
		t.Fatal(err)
	}
	if TypeName(it) != "dict_keyiterator" {
		t.Errorf("type(iter(dict)) = %s", TypeName(it))
	}
	if k, _ := Next(th, it); !IsStr(k) || StrGo(k) != "a" {
		t.Errorf("first key = %v", k)
	}
	DictSetStr(th, d, "c", None)
	_, err = Next(th, it)
	if got, want := ctErr(th, err), "RuntimeError: dictionary changed size during iteration"; got != want {
		t.Errorf("Next after insert: %s, want %s", got, want)
	}
	DictDel(th, d, NewStr(th, "c"))
	if _, err := Next(th, it); err == nil {
		t.Errorf("the size error must be sticky")
	}
	// Replacing a value does not invalidate.
	it, _ = Iter(th, d)
	DictSetStr(th, d, "a", True)
	if items, err := Collect(th, it); err != nil || len(items) != 2 {
		t.Errorf("iteration after value update: %d items, %v", len(items), err)
	}
}

func TestDictRepr(t *testing.T) {
	th := containerThread(t)
	d := ctDict(th, "a", MakeSmallInt(1))
	DictSet(th, d, MakeSmallInt(2), NewList(th, ctInts(3)))
	DictSetStr(th, d, "self", d)
	if got, want := ctRepr(t, th, d), "{'a': 1, 2: [3], 'self': {...}}"; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
	if got := ctRepr(t, th, NewDict(th)); got != "{}" {
		t.Errorf("repr({}) = %s", got)
	}
}

func TestDictConstruct(t *testing.T) {
	th := containerThread(t)
	pair := func(k, v Value) Value { return NewTuple(th, []Value{k, v}) }
	tests := []struct {
		args []Value
		kw   []string
		want string
	}{
		{nil, nil, "{}"},
		{[]Value{NewList(th, []Value{pair(MakeSmallInt(1), MakeSmallInt(2)), NewList(th, ctInts(3, 4))})}, nil, "{1: 2, 3: 4}"},
		{[]Value{ctDict(th, "x", None)}, nil, "{'x': None}"},
		{[]Value{ctDict(th, "x", None), MakeSmallInt(5)}, []string{"y"}, "{'x': None, 'y': 5}"},
		{[]Value{MakeSmallInt(5)}, []string{"y"}, "{'y': 5}"},
		{[]Value{NewList(th, []Value{NewTuple(th, ctInts(1, 2, 3))})}, nil,
			"ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{[]Value{NewList(th, ctInts(1))}, nil, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{[]Value{MakeSmallInt(1)}, nil, "TypeError: 'int' object is not iterable"},
		{[]Value{None, None}, nil, "TypeError: dict expected at most 1 argument, got 2"},
	}
	for _, tt := range tests {
		v, err := Call(th, DictType.Ref, tt.args, tt.kw)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, v)
		}
		if got != tt.want {
			t.Errorf("dict(%v) = %s, want %s", tt.kw, got, tt.want)
		}
	}
}

func TestDictMethods(t *testing.T) {
	th := containerThread(t)
	a := NewStr(th, "a")
	z := NewStr(th, "z")
	tests := []struct {
		name string
		args []Value
		want string // result repr, then the dict
	}{
		{"get", []Value{a}, "1 {'a': 1, 'b': 2}"},
		{"get", []Value{z}, "None {'a': 1, 'b': 2}"},
		{"get", []Value{z, MakeSmallInt(0)}, "0 {'a': 1, 'b': 2}"},
		{"get", nil, "TypeError: get expected at least 1 argument, got 0"},
		{"get", []Value{a, a, a}, "TypeError: get expected at most 2 arguments, got 3"},
		{"setdefault", []Value{a, MakeSmallInt(9)}, "1 {'a': 1, 'b': 2}"},
		{"setdefault", []Value{z}, "None {'a': 1, 'b': 2, 'z': None}"},
		{"pop", []Value{a}, "1 {'b': 2}"},
		{"pop", []Value{z, MakeSmallInt(0)}, "0 {'a': 1, 'b': 2}"},
		{"pop", []Value{z}, "KeyError: 'z'"},
		{"pop", nil, "TypeError: pop expected at least 1 argument, got 0"},
		{"update", []Value{NewList(th, []Value{NewTuple(th, []Value{z, None})})}, "None {'a': 1, 'b': 2, 'z': None}"},
		{"update", []Value{NewList(th, ctInts(1))}, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{"copy", nil, "{'a': 1, 'b': 2} {'a': 1, 'b': 2}"},
		{"clear", nil, "None {}"},
		{"keys", nil, "dict_keys(['a', 'b']) {'a': 1, 'b': 2}"},
		{"values", nil, "dict_values([1, 2]) {'a': 1, 'b': 2}"},
		{"items", nil, "dict_items([('a', 1), ('b', 2)]) {'a': 1, 'b': 2}"},
		{"keys", ctInts(1), "TypeError: dict.keys() takes no arguments (1 given)"},
		{"__reversed__", ctInts(1), "TypeError: dict.__reversed__() takes no arguments (1 given)"},
	}
	for _, tt := range tests {
		d := ctDict(th, "a", MakeSmallInt(1), "b", MakeSmallInt(2))
		r, err := ctMethod(th, DictType, tt.name, d, tt.args...)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, r) + " " + ctRepr(t, th, d)
		}
		if got != tt.want {
			t.Errorf("%s%s: got %s, want %s", tt.name, ctRepr(t, th, NewTuple(th, tt.args)), got, tt.want)
		}
	}
}

func TestDictFromKeysAndKwargs(t *testing.T) {
	th := containerThread(t)
	b, _ := BuiltinOf(DictType.Attrs["fromkeys"])
	r, err := b.Fn(th, DictType.Ref, []Value{NewList(th, ctInts(1, 2))}, nil)
	if err != nil || ctRepr(t, th, r) != "{1: None, 2: None}" {
		t.Errorf("dict.fromkeys([1, 2]) = %s, %v", ctRepr(t, th, r), err)
	}
	r, err = b.Fn(th, DictType.Ref, []Value{NewList(th, ctInts(1)), MakeSmallInt(0)}, nil)
	if err != nil || ctRepr(t, th, r) != "{1: 0}" {
		t.Errorf("dict.fromkeys([1], 0) = %s, %v", ctRepr(t, th, r), err)
	}
	d := NewDict(th)
	if _, err := ctMethodKw(th, DictType, "update", d, []Value{MakeSmallInt(1), MakeSmallInt(2)}, []string{"x", "y"}); err != nil {
		t.Fatal(err)
	}
	if got := ctRepr(t, th, d); got != "{'x': 1, 'y': 2}" {
		t.Errorf("update(x=1, y=2) = %s", got)
	}
}

func TestDictViews(t *testing.T) {
	th := containerThread(t)
	d := ctDict(th, "a", MakeSmallInt(1), "b", MakeSmallInt(2))
	keys, _ := ctMethod(th, DictType, "keys", d)
	items, _ := ctMethod(th, DictType, "items", d)
	values, _ := ctMethod(th, DictType, "values", d)
	DictSetStr(th, d, "c", MakeSmallInt(3)) // views are live
	if n, _ := Len(th, keys); n != 3 {
		t.Errorf("len(keys) = %d, want 3", n)
	}
	s := NewSet(th)
	for _, k := range []string{"c", "b", "a"} {
		SetAdd(th, s, NewStr(th, k))
	}
	checks := []struct {
		name string
		got  func() (Value, error)
		want string
	}{
		{"keys == set", func() (Value, error) { return RichCompare(th, keys, s, EQ) }, "True"},
		{"set == keys", func() (Value, error) { return RichCompare(th, s, keys, EQ) }, "True"},
		{"keys < set", func() (Value, error) { return RichCompare(th, keys, s, LT) }, "False"},
		{"keys & [a]", func() (Value, error) { return BinaryOp(th, OpAnd, keys, NewList(th, []Value{NewStr(th, "a")})) }, "{'a'}"},
		{"keys - keys", func() (Value, error) { return BinaryOp(th, OpSub, keys, keys) }, "set()"},
		{"('a', 1) in items", func() (Value, error) {
			in, err := Contains(th, items, NewTuple(th, []Value{NewStr(th, "a"), MakeSmallInt(1)}))
			return Bool(in), err
		}, "True"},
		{"('a', 2) in items", func() (Value, error) {
			in, err := Contains(th, items, NewTuple(th, []Value{NewStr(th, "a"), MakeSmallInt(2)}))
			return Bool(in), err
		}, "False"},
		{"3 in values", func() (Value, error) { in, err := Contains(th, values, MakeSmallInt(3)); return Bool(in), err }, "True"},
		{"reversed(items)", func() (Value, error) {
			it, err := ctMethod(th, dictViewTypes[viewItems], "__reversed__", items)
			if err != nil {
				return Null, err
			}
			xs, err := Collect(th, it)
			return NewList(th, xs), err
		}, "[('c', 3), ('b', 2), ('a', 1)]"},
		{"reversed(d)", func() (Value, error) {
			it, err := ctMethod(th, DictType, "__reversed__", d)
			if err != nil {
				return Null, err
			}
			xs, err := Collect(th, it)
			return NewList(th, xs), err
		}, "['c', 'b', 'a']"},
		{"hash(keys)", func() (Value, error) { _, err := Hash(th, keys); return None, err }, "TypeError: unhashable type: 'dict_keys'"},
	}
	for _, c := range checks {
		v, err := c.got()
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, v)
		}
		if got != c.want {
			t.Errorf("%s = %s, want %s", c.name, got, c.want)
		}
	}
}

func TestDictOperators(t *testing.T) {
	th := containerThread(t)
	a := ctDict(th, "a", MakeSmallInt(1), "b", MakeSmallInt(2))
	b := ctDict(th, "b", MakeSmallInt(3), "c", MakeSmallInt(4))
	r, err := BinaryOp(th, OpOr, a, b)
	if err != nil || ctRepr(t, th, r) != "{'a': 1, 'b': 3, 'c': 4}" {
		t.Errorf("a | b = %s, %v", ctRepr(t, th, r), err)
	}
	if _, err := BinaryOp(th, OpOr, a, NewList(th, nil)); ctErr(th, err) != "TypeError: unsupported operand type(s) for |: 'dict' and 'list'" {
		t.Errorf("dict | list: %v", err)
	}
	r, err = BinaryOp(th, OpOr+InplaceOffset, a, NewList(th, []Value{NewTuple(th, ctInts(1, 2))}))
	if err != nil || r != a || ctRepr(t, th, a) != "{'a': 1, 'b': 2, 1: 2}" {
		t.Errorf("a |= [(1, 2)] = %s, %v", ctRepr(t, th, a), err)
	}
	x := ctDict(th, "p", MakeSmallInt(1), "q", MakeSmallInt(2))
	y := ctDict(th, "q", MakeSmallInt(2), "p", MakeSmallInt(1))
	for _, c := range []struct {
		op   CompareOp
		b    Value
		want string
	}{
		{EQ, y, "True"},
		{NE, y, "False"},
		{EQ, a, "False"},
		{LT, y, "TypeError: '<' not supported between instances of 'dict' and 'dict'"},
	} {
		v, err := RichCompare(th, x, c.b, c.op)
		got := ""
		if err != nil {
			got = ctErr(th, err)
		} else {
			got = ctRepr(t, th, v)
		}
		if got != c.want {
			t.Errorf("x %s %s = %s, want %s", CompareSymbols[c.op], ctRepr(t, th, c.b), got, c.want)
		}
	}
	if _, err := GetItem(th, x, NewStr(th, "nope")); ctErr(th, err) != "KeyError: 'nope'" {
		t.Errorf("x['nope']: %v", err)
	}
	if err := DelItem(th, x, NewStr(th, "nope")); ctErr(th, err) != "KeyError: 'nope'" {
		t.Errorf("del x['nope']: %v", err)
	}
	c := DictCopy(th, x)
	DictClear(th, x)
	if DictLen(th, x) != 0 || DictLen(th, c) != 2 {
		t.Errorf("copy/clear: len(x)=%d len(copy)=%d", DictLen(th, x), DictLen(th, c))
	}
}

// TestDictModel checks a dict against a Go model (a map plus the insertion
// order) under a random mix of inserts, overwrites, deletes and popitems.
func TestDictModel(t *testing.T) {
	th := containerThread(t)
	rng := rand.New(rand.NewPCG(1, 2))
	d := NewDict(th)
	model := map[int64]int64{}
	var order []int64
	remove := func(k int64) {
		delete(model, k)
		for i, x := range order {
			if x == k {
				order = append(order[:i], order[i+1:]...)
				return
			}
		}
	}
	steps := 20000
	if testing.Short() {
		steps = 5000
	}
	for step := 0; step < steps; step++ {
		k := int64(rng.IntN(300)) - 150
		switch op := rng.IntN(10); {
		case op < 5:
			if _, ok := model[k]; !ok {
				order = append(order, k)
			}
			model[k] = int64(step)
			DictSet(th, d, MakeSmallInt(k), MakeSmallInt(int64(step)))
		case op < 9:
			_, want := model[k]
			found, err := DictDel(th, d, MakeSmallInt(k))
			if err != nil || found != want {
				t.Fatalf("step %d: del %d found=%v, want %v", step, k, found, want)
			}
			remove(k)
		default:
			r, err := ctMethod(th, DictType, "popitem", d)
			if len(order) == 0 {
				if err == nil {
					t.Fatalf("step %d: popitem on empty dict succeeded", step)
				}
				continue
			}
			last := order[len(order)-1]
			if err != nil || TupleItem(r, 0) != MakeSmallInt(last) {
				t.Fatalf("step %d: popitem = %v, %v; want key %d", step, r, err, last)
			}
			remove(last)
		}
	}
	if DictLen(th, d) != len(order) {
		t.Fatalf("len = %d, want %d", DictLen(th, d), len(order))
	}
	i := 0
	for pos, k, v := DictNext(th, d, 0); pos >= 0; pos, k, v = DictNext(th, d, pos) {
		if k.SmallInt() != order[i] || v.SmallInt() != model[order[i]] {
			t.Fatalf("item %d = %d: %d, want %d: %d", i, k.SmallInt(), v.SmallInt(), order[i], model[order[i]])
		}
		i++
	}
}
