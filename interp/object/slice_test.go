package object

import (
	"math"
	"testing"
)

func TestSliceTable(t *testing.T) { sqRunTable(t, sliceCases) }

func TestSliceIndices(t *testing.T) {
	th := sqThread(t)
	i := func(n int64) Value { return MakeInt(th, n) }
	for _, c := range []struct {
		start, stop, step Value
		length            int
		want              [4]int
	}{
		{None, None, None, 5, [4]int{0, 5, 1, 5}},
		{None, None, i(-1), 5, [4]int{4, -1, -1, 5}},
		{i(-2), None, None, 5, [4]int{3, 5, 1, 2}},
		{i(1), i(100), i(3), 10, [4]int{1, 10, 3, 3}},
		{i(8), i(1), i(-3), 10, [4]int{8, 1, -3, 3}},
		{i(2), i(2), None, 10, [4]int{2, 2, 1, 0}},
		{None, None, i(math.MinInt64 + 1), 3, [4]int{2, -1, -math.MaxInt64, 1}},
	} {
		s := NewSlice(th, c.start, c.stop, c.step)
		start, stop, step, n, err := SliceIndices(th, s, c.length)
		got := [4]int{start, stop, step, n}
		if err != nil || got != c.want {
			t.Errorf("SliceIndices(%s, %d): got %v, %v, want %v", sqShow(th, s, nil), c.length, got, err, c.want)
		}
	}
	if _, _, _, _, err := SliceIndices(th, NewSlice(th, None, None, i(0)), 3); sqShow(th, Null, err) != "ValueError: slice step cannot be zero" {
		t.Errorf("zero step: got %v, want ValueError", err)
	}
}

// The expectations below were produced by running each case under python3
// (CPython 3.11.7); add cases by doing the same.
var sliceCases = []sqCase{
	{`type:slice`, "new", `(i1, i2)`, nil, "slice(1, 2, None)"},
	{`type:slice`, "new", `(N,)`, nil, "slice(None, None, None)"},
	{`type:slice`, "new", `()`, nil, "TypeError: slice expected at least 1 argument, got 0"},
	{`type:slice`, "new", `(i1, i2, i3, i4)`, nil, "TypeError: slice expected at most 3 arguments, got 4"},
	{`type:slice`, "new", `(i1,)`, []string{"a"}, "TypeError: slice() takes no keyword arguments"},
	{`type:slice`, "new", `(i1, s"a")`, nil, "slice(1, 'a', None)"},
	{`type:slice`, "new", `(s"a", [i1])`, nil, "slice('a', [1], None)"},
	{`sl(i1, i2, i3)`, "indices", `(i10,)`, nil, "(1, 2, 3)"},
	{`sl(N, N, i-1)`, "indices", `(i10,)`, nil, "(9, -1, -1)"},
	{`sl(i0, i1, i0)`, "indices", `(i3,)`, nil, "ValueError: slice step cannot be zero"},
	{`sl(N, f1.5, N)`, "indices", `(i3,)`, nil, "TypeError: slice indices must be integers or None or have an __index__ method"},
	{`sl(N, i1, N)`, "indices", `(i-1,)`, nil, "ValueError: length should not be negative"},
	{`sl(N, N, N)`, "indices", `(i0,)`, nil, "(0, 0, 1)"},
	{`sl(i-100, i100, N)`, "indices", `(i5,)`, nil, "(0, 5, 1)"},
	{`sl(i100, i-100, i-1)`, "indices", `(i5,)`, nil, "(4, -1, -1)"},
	{`sl(i1000000000000000000000000000000, i-1000000000000000000000000000000, i-1)`, "indices", `(i5,)`, nil, "(4, -1, -1)"},
	{`sl(i-3, N, i2)`, "indices", `(i10,)`, nil, "(7, 10, 2)"},
	{`sl(N, i-3, i-2)`, "indices", `(i10,)`, nil, "(9, 7, -2)"},
	{`sl(i2, i1, N)`, "indices", `(i5,)`, nil, "(2, 1, 1)"},
	{`sl(N, N, i-1180591620717411303424)`, "indices", `(i5,)`, nil, "(4, -1, -1180591620717411303424)"},
	{`sl(N, N, i1180591620717411303424)`, "indices", `(i5,)`, nil, "(0, 5, 1180591620717411303424)"},
	{`sl(T, N, N)`, "indices", `(i4,)`, nil, "(1, 4, 1)"},
	{`sl(N, i1, N)`, "indices", `(i1180591620717411303424,)`, nil, "(0, 1, 1)"},
	{`sl(N, i1, N)`, "indices", `(s"x",)`, nil, "TypeError: 'str' object cannot be interpreted as an integer"},
	{`sl(N, i1, N)`, "indices", `()`, nil, "TypeError: slice.indices() takes exactly one argument (0 given)"},
	{`sl(i1, i2, N)`, "==", `(sl(i1, i2, N),)`, nil, "True"},
	{`sl(i1, i2, N)`, "<", `(sl(i1, i3, N),)`, nil, "True"},
	{`sl(i1, i2, N)`, "==", `(sl(i1, i2, i1),)`, nil, "False"},
	{`sl(i1, i2, N)`, "==", `((i1, i2, N),)`, nil, "False"},
	{`sl(N, i1, N)`, "hash==", `(sl(N, i1, N),)`, nil, "TypeError: unhashable type: 'slice'"},
	{`sl(i1, i2, i3)`, ".start", `()`, nil, "1"},
	{`sl(i1, i2, i3)`, ".stop", `()`, nil, "2"},
	{`sl(i1, i2, i3)`, ".step", `()`, nil, "3"},
	{`sl(i1, i2, N)`, ".foo", `()`, nil, "AttributeError: 'slice' object has no attribute 'foo'"},
	{`sl(i1, i2, N)`, "repr", `()`, nil, "'slice(1, 2, None)'"},
	{`sl(N, N, N)`, "repr", `()`, nil, "'slice(None, None, None)'"},
	{`sl(s"a", [i1], N)`, "repr", `()`, nil, "\"slice('a', [1], None)\""},
	{`[i0, i1, i2, i3, i4]`, "[]", `(sl(i1000000000000000000000000000000, i-1000000000000000000000000000000, i-1),)`, nil, "[4, 3, 2, 1, 0]"},
	{`s"abcdefgh"`, "[]", `(sl(i-2, i-9, i-3),)`, nil, "'gda'"},
	{`s"abcdefgh"`, "[]", `(sl(i1, i7, i4),)`, nil, "'bf'"},
	{`s"abc"`, "[]", `(sl(i-1, i-5, i-1),)`, nil, "'cba'"},
}
