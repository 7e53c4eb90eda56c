package object

import "testing"

func TestRangeTable(t *testing.T) { sqRunTable(t, rangeCases) }

// TestRangeIterNext drives the VM's fast path across the int64 edge, where
// the iterator's next value wraps after the last item.
func TestRangeIterNext(t *testing.T) {
	th := sqThread(t)
	const top = 1<<63 - 1
	for _, c := range []struct {
		start, stop, step int64
		want              []int64
	}{
		{0, 3, 1, []int64{0, 1, 2}},
		{top - 2, top, 1, []int64{top - 2, top - 1}},
		{top, top - 7, -3, []int64{top, top - 3, top - 6}},
		{5, 5, 1, nil},
		{-1 << 63, -1<<63 + 1, 1, []int64{-1 << 63}},
	} {
		it, err := Iter(th, NewRange(th, c.start, c.stop, c.step))
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for {
			i, ok := RangeIterNext(th, it)
			if !ok {
				break
			}
			got = append(got, i)
		}
		if len(got) != len(c.want) {
			t.Errorf("range(%d, %d, %d): got %v, want %v", c.start, c.stop, c.step, got, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] {
				t.Errorf("range(%d, %d, %d): got %v, want %v", c.start, c.stop, c.step, got, c.want)
				break
			}
		}
	}
}

// TestRangeBigTable runs operations on ranges built by calling range()
// with the receiver tuple as arguments, so that bounds may be big ints.
func TestRangeBigTable(t *testing.T) {
	th := sqThread(t)
	for _, c := range rangeBigCases {
		args := TupleItems(sqLit(t, th, c.args))
		v, err := rangeBigEval(th, TupleItems(sqLit(t, th, c.recv)), c.op, args)
		if got := sqShow(th, v, err); got != c.want {
			t.Errorf("range%s %s %s: got %s, want %s", c.recv, c.op, c.args, got, c.want)
		}
	}
}

// rangeBigEval builds the range and performs the operation of a big case:
// the ops of sqEval, plus "first"/"rfirst" (the first n items of the
// iterator or reversed iterator, for ranges too long to list), "itertype",
// "rtype" (type names of those iterators), "hint" (__length_hint__ of a
// fresh iterator), "bool" and "==r"/"hash==r" (comparison with the range of the
// argument tuple).
func rangeBigEval(t *Thread, rangeArgs []Value, op string, args []Value) (Value, error) {
	r, err := Call(t, RangeType.Ref, rangeArgs, nil)
	if err != nil {
		return Null, err
	}
	switch op {
	case "first", "rfirst", "itertype", "rtype", "hint":
		it, err := rangeBigIter(t, r, op == "rfirst" || op == "rtype")
		if err != nil {
			return Null, err
		}
		switch op {
		case "itertype", "rtype":
			return NewStr(t, TypeName(it)), nil
		case "hint":
			v, _, err := CallMethod(t, it, "__length_hint__")
			return v, err
		}
		n, _ := IntValue(args[0])
		var items []Value
		for ; n > 0; n-- {
			v, err := Next(t, it)
			if err != nil || v == Null {
				return NewList(t, items), err
			}
			items = append(items, v)
		}
		return NewList(t, items), nil
	case "bool":
		b, err := Truth(t, r)
		return Bool(b), err
	case "==r", "hash==r":
		other, err := Call(t, RangeType.Ref, TupleItems(args[0]), nil)
		if err != nil {
			return Null, err
		}
		return sqSafeEval(t, r, op[:len(op)-1], []Value{other}, nil)
	}
	return sqSafeEval(t, r, op, args, nil)
}

func rangeBigIter(t *Thread, r Value, reversed bool) (Value, error) {
	if reversed {
		it, _, err := CallMethod(t, r, "__reversed__")
		return it, err
	}
	return Iter(t, r)
}

func BenchmarkRangeIterNext(b *testing.B) {
	th := sqThread(b)
	it, _ := Iter(th, NewRange(th, 0, int64(b.N), 1))
	b.ResetTimer()
	for {
		if _, ok := RangeIterNext(th, it); !ok {
			break
		}
	}
}

// The expectations below were produced by running each case under python3
// (CPython 3.11.7); add cases by doing the same.
var rangeCases = []sqCase{
	{`type:range`, "new", `(i5,)`, nil, "range(0, 5)"},
	{`type:range`, "new", `(i1, i10, i2)`, nil, "range(1, 10, 2)"},
	{`type:range`, "new", `(i1, i10, i0)`, nil, "ValueError: range() arg 3 must not be zero"},
	{`type:range`, "new", `(f1.5,)`, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
	{`type:range`, "new", `()`, nil, "TypeError: range expected at least 1 argument, got 0"},
	{`type:range`, "new", `(i1, i2, i3, i4)`, nil, "TypeError: range expected at most 3 arguments, got 4"},
	{`type:range`, "new", `(i1,)`, []string{"a"}, "TypeError: range() takes no keyword arguments"},
	{`type:range`, "new", `(i5, i1)`, []string{"step"}, "TypeError: range() takes no keyword arguments"},
	{`type:range`, "new", `(T, i3)`, nil, "range(1, 3)"},
	{`r(i0, i5, i1)`, "repr", `()`, nil, "'range(0, 5)'"},
	{`r(i1, i10, i2)`, "repr", `()`, nil, "'range(1, 10, 2)'"},
	{`r(i-5, i-10, i-3)`, "repr", `()`, nil, "'range(-5, -10, -3)'"},
	{`r(i0, i0, i1)`, "repr", `()`, nil, "'range(0, 0)'"},
	{`r(i1, i5, i-1)`, "repr", `()`, nil, "'range(1, 5, -1)'"},
	{`r(i0, i4611686018427387904, i1)`, "len", `()`, nil, "4611686018427387904"},
	{`r(i-4611686018427387904, i4611686018427387904, i1)`, "len", `()`, nil, "OverflowError: Python int too large to convert to C ssize_t"},
	{`r(i-9223372036854775808, i9223372036854775807, i1)`, "len", `()`, nil, "OverflowError: Python int too large to convert to C ssize_t"},
	{`r(i10, i0, i-3)`, "len", `()`, nil, "4"},
	{`r(i0, i10, i3)`, "len", `()`, nil, "4"},
	{`r(i5, i5, i1)`, "len", `()`, nil, "0"},
	{`r(i5, i1, i1)`, "len", `()`, nil, "0"},
	{`r(i0, i9223372036854775807, i1)`, "len", `()`, nil, "9223372036854775807"},
	{`r(i-9223372036854775808, i9223372036854775807, i4611686018427387904)`, "len", `()`, nil, "4"},
	{`r(i0, i10, i1)`, "[]", `(i3,)`, nil, "3"},
	{`r(i0, i10, i1)`, "[]", `(i-11,)`, nil, "IndexError: range object index out of range"},
	{`r(i0, i10, i1)`, "[]", `(i-10,)`, nil, "0"},
	{`r(i0, i10, i1)`, "[]", `(i10,)`, nil, "IndexError: range object index out of range"},
	{`r(i0, i10, i1)`, "[]", `(sl(i2, i8, i3),)`, nil, "range(2, 8, 3)"},
	{`r(i0, i10, i1)`, "[]", `(sl(N, N, i-1),)`, nil, "range(9, -1, -1)"},
	{`r(i0, i10, i3)`, "[]", `(sl(N, N, i-2),)`, nil, "range(9, -3, -6)"},
	{`r(i0, i10, i1)`, "[]", `(f1.5,)`, nil, "TypeError: range indices must be integers or slices, not float"},
	{`r(i0, i10, i1)`, "[]", `(s"a",)`, nil, "TypeError: range indices must be integers or slices, not str"},
	{`r(i0, i10, i3)`, "[]", `(i-1,)`, nil, "9"},
	{`r(i0, i10, i1)`, "[]", `(i1180591620717411303424,)`, nil, "IndexError: range object index out of range"},
	{`r(i0, i10, i1)`, "[]", `(T,)`, nil, "1"},
	{`r(i-9223372036854775808, i9223372036854775807, i1)`, "[]", `(i-1,)`, nil, "9223372036854775806"},
	{`r(i-9223372036854775808, i9223372036854775807, i4611686018427387904)`, "[]", `(i2,)`, nil, "0"},
	{`r(i10, i0, i-3)`, "[]", `(sl(i1, i3, N),)`, nil, "range(7, 1, -3)"},
	{`r(i0, i5, i1)`, "[]", `(sl(i10, i20, N),)`, nil, "range(5, 5)"},
	{`r(i0, i5, i1)`, "[]", `(sl(N, N, i0),)`, nil, "ValueError: slice step cannot be zero"},
	{`r(i0, i5, i1)`, "index", `(i7,)`, nil, "ValueError: 7 is not in range"},
	{`r(i0, i5, i1)`, "index", `(s"a",)`, nil, "ValueError: sequence.index(x): x not in sequence"},
	{`r(i0, i5, i1)`, "index", `(i3,)`, nil, "3"},
	{`r(i0, i20, i5)`, "index", `(i15,)`, nil, "3"},
	{`r(i20, i0, i-5)`, "index", `(i5,)`, nil, "3"},
	{`r(i0, i5, i1)`, "index", `(f3.0,)`, nil, "3"},
	{`r(i0, i5, i1)`, "index", `()`, nil, "TypeError: range.index() takes exactly one argument (0 given)"},
	{`r(i0, i5, i1)`, "index", `(i1180591620717411303424,)`, nil, "ValueError: 1180591620717411303424 is not in range"},
	{`r(i0, i5, i1)`, "count", `(i3,)`, nil, "1"},
	{`r(i0, i5, i1)`, "count", `(i7,)`, nil, "0"},
	{`r(i0, i5, i1)`, "count", `(f3.0,)`, nil, "1"},
	{`r(i0, i5, i1)`, "count", `(s"a",)`, nil, "0"},
	{`r(i0, i5, i1)`, "count", `(i1, i2)`, nil, "TypeError: range.count() takes exactly one argument (2 given)"},
	{`r(i0, i5, i1)`, "==", `(r(i0, i5, i1),)`, nil, "True"},
	{`r(i0, i0, i1)`, "==", `(r(i2, i2, i1),)`, nil, "True"},
	{`r(i0, i3, i2)`, "==", `(r(i0, i4, i2),)`, nil, "True"},
	{`r(i0, i1, i1)`, "<", `(r(i0, i2, i1),)`, nil, "TypeError: '<' not supported between instances of 'range' and 'range'"},
	{`r(i1, i2, i1)`, "==", `(r(i1, i3, i5),)`, nil, "True"},
	{`r(i0, i3, i1)`, "==", `([i0, i1, i2],)`, nil, "False"},
	{`r(i0, i3, i1)`, "!=", `(r(i0, i4, i1),)`, nil, "True"},
	{`r(i0, i0, i1)`, "hash==", `(r(i3, i3, i1),)`, nil, "True"},
	{`r(i1, i2, i1)`, "hash==", `(r(i1, i9, i10),)`, nil, "True"},
	{`r(i0, i6, i2)`, "hash==", `(r(i0, i5, i2),)`, nil, "True"},
	{`r(i0, i5, i1)`, ".start", `()`, nil, "0"},
	{`r(i1, i9, i2)`, ".step", `()`, nil, "2"},
	{`r(i1, i9, i1)`, ".stop", `()`, nil, "9"},
	{`r(i0, i5, i1)`, ".foo", `()`, nil, "AttributeError: 'range' object has no attribute 'foo'"},
	{`r(i0, i5, i1)`, "in", `(f3.0,)`, nil, "True"},
	{`r(i0, i2, i1)`, "in", `(T,)`, nil, "True"},
	{`r(i0, i5, i1)`, "in", `(i5,)`, nil, "False"},
	{`r(i0, i10, i3)`, "in", `(i6,)`, nil, "True"},
	{`r(i0, i10, i3)`, "in", `(i7,)`, nil, "False"},
	{`r(i10, i0, i-2)`, "in", `(i4,)`, nil, "True"},
	{`r(i10, i0, i-2)`, "in", `(i0,)`, nil, "False"},
	{`r(i0, i5, i1)`, "in", `(i1180591620717411303424,)`, nil, "False"},
	{`r(i0, i5, i1)`, "in", `(s"a",)`, nil, "False"},
	{`r(i0, i5, i1)`, "in", `(i-1,)`, nil, "False"},
	{`r(i1, i10, i3)`, "reversed", `()`, nil, "[7, 4, 1]"},
	{`r(i0, i0, i1)`, "reversed", `()`, nil, "[]"},
	{`r(i10, i0, i-3)`, "reversed", `()`, nil, "[1, 4, 7, 10]"},
	{`r(i0, i5, i1)`, "list", `()`, nil, "[0, 1, 2, 3, 4]"},
	{`r(i10, i0, i-3)`, "list", `()`, nil, "[10, 7, 4, 1]"},
	{`r(i1, i5, i-1)`, "list", `()`, nil, "[]"},
	{`r(i-3, i3, i1)`, "list", `()`, nil, "[-3, -2, -1, 0, 1, 2]"},
	{`r(i4611686018427387904, i4611686018427387907, i1)`, "list", `()`, nil, "[4611686018427387904, 4611686018427387905, 4611686018427387906]"},
	{`r(i9223372036854775805, i9223372036854775807, i1)`, "list", `()`, nil, "[9223372036854775805, 9223372036854775806]"},
	{`r(i-9223372036854775808, i-9223372036854775806, i1)`, "list", `()`, nil, "[-9223372036854775808, -9223372036854775807]"},
	{`r(i9223372036854775807, i9223372036854775798, i-4)`, "list", `()`, nil, "[9223372036854775807, 9223372036854775803, 9223372036854775799]"},
}

// B = 2**70 = i1180591620717411303424, 2**69 = i590295810358705651712,
// 2**68 = i295147905179352825856, 2**65 = i36893488147419103232. Values
// from python3 (CPython 3.11.7).
var rangeBigCases = []sqCase{
	{`(i1180591620717411303424,)`, "repr", `()`, nil, "'range(0, 1180591620717411303424)'"},
	{`(i-1180591620717411303424, i1180591620717411303424, i36893488147419103232)`, "repr", `()`, nil, "'range(-1180591620717411303424, 1180591620717411303424, 36893488147419103232)'"},
	{`(i1180591620717411303424,)`, "len", `()`, nil, "OverflowError: Python int too large to convert to C ssize_t"},
	{`(i1180591620717411303424, i1180591620717411303429)`, "len", `()`, nil, "5"},
	{`(i1180591620717411303424, i0, i-295147905179352825856)`, "len", `()`, nil, "4"},
	{`(i1180591620717411303424,)`, "[]", `(i-1,)`, nil, "1180591620717411303423"},
	{`(i1180591620717411303424,)`, "[]", `(i1180591620717411303424,)`, nil, "IndexError: range object index out of range"},
	{`(i1180591620717411303424,)`, "[]", `(i-1180591620717411303424,)`, nil, "0"},
	{`(i1180591620717411303424,)`, "[]", `(i-1180591620717411303425,)`, nil, "IndexError: range object index out of range"},
	{`(i1180591620717411303424,)`, "[]", `(i590295810358705651712,)`, nil, "590295810358705651712"},
	{`(i1180591620717411303424,)`, "[]", `(i1000000000000000000000000000000,)`, nil, "IndexError: range object index out of range"},
	{`(i1180591620717411303424,)`, "[]", `(s"a",)`, nil, "TypeError: range indices must be integers or slices, not str"},
	{`(i9223372036854775807, i9223372036854775809)`, "[]", `(i1,)`, nil, "9223372036854775808"},
	{`(i-9223372036854775808, i9223372036854775807)`, "[]", `(i9223372036854775808,)`, nil, "0"},
	{`(i-9223372036854775808, i9223372036854775807)`, "[]", `(i-9223372036854775809,)`, nil, "-2"},
	{`(i1180591620717411303424,)`, "[]", `(sl(N, N, i2),)`, nil, "range(0, 1180591620717411303424, 2)"},
	{`(i1180591620717411303424,)`, "[]", `(sl(i590295810358705651712, N, N),)`, nil, "range(590295810358705651712, 1180591620717411303424)"},
	{`(i1180591620717411303424,)`, "[]", `(sl(N, N, i-1),)`, nil, "range(1180591620717411303423, -1, -1)"},
	{`(i1180591620717411303424,)`, "[]", `(sl(f1.5, N, N),)`, nil, "TypeError: slice indices must be integers or None or have an __index__ method"},
	{`(i1180591620717411303424,)`, "[]", `(sl(N, N, i0),)`, nil, "ValueError: slice step cannot be zero"},
	{`(i1180591620717411303424,)`, "[]", `(sl(N, i4722366482869645213696, i295147905179352825856),)`, nil, "range(0, 1180591620717411303424, 295147905179352825856)"},
	{`(i1180591620717411303424,)`, "[]", `(sl(i1180591620717411303422, N, N),)`, nil, "range(1180591620717411303422, 1180591620717411303424)"},
	{`(i10,)`, "[]", `(sl(i1267650600228229401496703205376, N, N),)`, nil, "range(10, 10)"},
	{`(i10,)`, "[]", `(sl(i-1267650600228229401496703205376, i1267650600228229401496703205376, i633825300114114700748351602688),)`, nil, "range(0, 10, 633825300114114700748351602688)"},
	{`(i-9223372036854775808, i9223372036854775807)`, "[]", `(sl(N, N, i4611686018427387904),)`, nil, "range(-9223372036854775808, 9223372036854775807, 4611686018427387904)"},
	{`(i-4611686018427387904, i4611686018427387904)`, "[]", `(sl(N, N, i2),)`, nil, "range(-4611686018427387904, 4611686018427387904, 2)"},
	{`(i-4611686018427387904, i4611686018427387904)`, "[]", `(sl(i1, N, N),)`, nil, "range(-4611686018427387903, 4611686018427387904)"},
	{`(i9223372036854775807, i-9223372036854775808, i-9223372036854775808)`, "[]", `(sl(N, N, i-1),)`, nil, "range(-1, 18446744073709551615, 9223372036854775808)"},
	{`(i1180591620717411303424,)`, "bool", `()`, nil, "True"},
	{`(i1180591620717411303424, i1180591620717411303424)`, "bool", `()`, nil, "False"},
	{`(i1180591620717411303424,)`, "in", `(i590295810358705651712,)`, nil, "True"},
	{`(i0, i1180591620717411303424, i2)`, "in", `(i590295810358705651713,)`, nil, "False"},
	{`(i1180591620717411303424,)`, "in", `(i1180591620717411303424,)`, nil, "False"},
	{`(i1180591620717411303424,)`, "in", `(i-1,)`, nil, "False"},
	{`(i1180591620717411303424,)`, "in", `(f3.0,)`, nil, "True"},
	{`(i1180591620717411303424,)`, "in", `(T,)`, nil, "True"},
	{`(i1180591620717411303424, i0, i-3)`, "in", `(i1180591620717411303418,)`, nil, "True"},
	{`(i1180591620717411303424, i0, i-3)`, "in", `(i1180591620717411303419,)`, nil, "False"},
	{`(i1180591620717411303424, i0, i-3)`, "in", `(i0,)`, nil, "False"},
	{`(i1180591620717411303424,)`, "index", `(i590295810358705651712,)`, nil, "590295810358705651712"},
	{`(i1180591620717411303424, i0, i-3)`, "index", `(i1180591620717411303418,)`, nil, "2"},
	{`(i1180591620717411303424,)`, "index", `(i1180591620717411303424,)`, nil, "ValueError: 1180591620717411303424 is not in range"},
	{`(i1180591620717411303424,)`, "index", `(f3.0,)`, nil, "3"},
	{`(i1180591620717411303424,)`, "count", `(i5,)`, nil, "1"},
	{`(i1180591620717411303424,)`, "count", `(i1180591620717411303424,)`, nil, "0"},
	{`(i1180591620717411303424, i1180591620717411303430)`, "count", `(f1180591620717411303426.0,)`, nil, "1"},
	{`(i1180591620717411303424,)`, "==r", `((i0, i1180591620717411303424, i1),)`, nil, "True"},
	{`(i1180591620717411303424,)`, "==r", `((i1180591620717411303425,),)`, nil, "False"},
	{`(i1180591620717411303424, i1180591620717411303425)`, "==r", `((i1180591620717411303424, i1180591620717411303425, i7),)`, nil, "True"},
	{`(i1180591620717411303424, i1180591620717411303424)`, "==r", `((i0,),)`, nil, "True"},
	{`(i1180591620717411303424, i1180591620717411303430, i2)`, "==r", `((i1180591620717411303424, i1180591620717411303429, i2),)`, nil, "True"},
	{`(i1180591620717411303424, i1180591620717411303430, i2)`, "==r", `((i1180591620717411303424, i1180591620717411303430, i3),)`, nil, "False"},
	{`(i1180591620717411303424, i1180591620717411303430, i2)`, "!=", `(r(i0, i3, i1),)`, nil, "True"},
	{`(i1180591620717411303424,)`, "hash==", `((i1180591620717411303424, i0, i1),)`, nil, "True"},
	{`(i1180591620717411303424, i1180591620717411303425)`, "hash==r", `((i1180591620717411303424, i1180591620717411303425, i5),)`, nil, "True"},
	{`(i1180591620717411303424, i1180591620717411303424)`, "hash==r", `((i0,),)`, nil, "True"},
	{`(i1180591620717411303424,)`, "itertype", `()`, nil, "'longrange_iterator'"},
	{`(i1180591620717411303424,)`, "rtype", `()`, nil, "'longrange_iterator'"},
	{`(i10,)`, "itertype", `()`, nil, "'range_iterator'"},
	{`(i1180591620717411303424,)`, "hint", `()`, nil, "1180591620717411303424"},
	{`(i1180591620717411303422, i1180591620717411303424)`, "hint", `()`, nil, "2"},
	{`(i1180591620717411303424,)`, "first", `(i3,)`, nil, "[0, 1, 2]"},
	{`(i1180591620717411303422, i1180591620717411303429, i3)`, "first", `(i5,)`, nil, "[1180591620717411303422, 1180591620717411303425, 1180591620717411303428]"},
	{`(i-1180591620717411303424, i0, i295147905179352825856)`, "first", `(i5,)`, nil, "[-1180591620717411303424, -885443715538058477568, -590295810358705651712, -295147905179352825856]"},
	{`(i1180591620717411303424,)`, "rfirst", `(i3,)`, nil, "[1180591620717411303423, 1180591620717411303422, 1180591620717411303421]"},
	{`(i-1180591620717411303424, i1180591620717411303424, i590295810358705651712)`, "rfirst", `(i5,)`, nil, "[590295810358705651712, 0, -590295810358705651712, -1180591620717411303424]"},
	{`(i1180591620717411303424, i1180591620717411303424)`, "rfirst", `(i5,)`, nil, "[]"},
	{`(i1180591620717411303424, i1180591620717411303427)`, "list", `()`, nil, "[1180591620717411303424, 1180591620717411303425, 1180591620717411303426]"},
	{`(i1180591620717411303424, i1180591620717411303427)`, "reversed", `()`, nil, "[1180591620717411303426, 1180591620717411303425, 1180591620717411303424]"},
	{`(i9223372036854775806, i9223372036854775809)`, "list", `()`, nil, "[9223372036854775806, 9223372036854775807, 9223372036854775808]"},
	{`(i-9223372036854775809, i-9223372036854775806)`, "list", `()`, nil, "[-9223372036854775809, -9223372036854775808, -9223372036854775807]"},
	{`(i1180591620717411303424,)`, ".start", `()`, nil, "0"},
	{`(i1180591620717411303424,)`, ".stop", `()`, nil, "1180591620717411303424"},
	{`(T, i1180591620717411303424, T)`, ".step", `()`, nil, "1"},
	{`(i1, i1180591620717411303424, i0)`, "repr", `()`, nil, "ValueError: range() arg 3 must not be zero"},
	{`(f1.5, i1180591620717411303424, i0)`, "repr", `()`, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
	{`(i1, i1180591620717411303424, f1.5)`, "repr", `()`, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
}
