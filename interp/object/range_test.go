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

// TestRangeInt64Limit checks the documented deviation from CPython:
// bounds beyond int64 are refused.
func TestRangeInt64Limit(t *testing.T) {
	th := sqThread(t)
	huge := sqLit(t, th, "i1180591620717411303424")
	_, err := Call(th, RangeType.Ref, []Value{huge}, nil)
	if got, want := sqShow(th, Null, err), "OverflowError: Python int too large to convert to C ssize_t"; got != want {
		t.Errorf("range(2**70): got %s, want %s", got, want)
	}
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
