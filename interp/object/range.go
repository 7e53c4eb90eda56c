package object

import (
	"fmt"
	"math"
	"math/big"

	"atompy.dev/atompy/gc"
)

// The range type and its iterator.
//
// Ranges are limited to int64 bounds: range(2**63) raises OverflowError
// ("Python int too large to convert to C ssize_t") where CPython would
// accept it. The length of a range may still exceed int64 (range(-2**62,
// 2**62)); it is computed as a uint64, and len() of such a range raises
// OverflowError as in CPython.
//
// A range is immutable. Layout (class rangeClass, scanned, so the bounds
// are stored as Values: small ints, or heap ints beyond 48 bits):
//
//	word 2  start
//	word 3  stop
//	word 4  step (never 0)
//
// Item arithmetic is done modulo 2^64 (uint64): every item of a range lies
// between two int64 bounds, so the wrapped intermediate results are exact.
const (
	rangeStartOff = gc.HeaderSize
	rangeStopOff  = gc.HeaderSize + gc.WordSize
	rangeStepOff  = gc.HeaderSize + 2*gc.WordSize
)

// The range iterator is the hot object of every `for i in range(n)` loop,
// so it holds raw words, not Values, in an object the collector does not
// scan (class rangeIterClass), and needs no allocation per step beyond
// boxing the item:
//
//	word 2  next item (int64)
//	word 3  items left (uint64)
//	word 4  step (int64)
const (
	rangeIterCurOff  = gc.HeaderSize
	rangeIterLeftOff = gc.HeaderSize + gc.WordSize
	rangeIterStepOff = gc.HeaderSize + 2*gc.WordSize
)

var (
	rangeIterClass uint32
	// RangeIterType is the type of iter(range(...)).
	RangeIterType *Type
)

func init() { OnBoot(10, bootRange) }

// NewRange returns range(start, stop, step); step must not be 0.
func NewRange(t *Thread, start, stop, step int64) Value {
	if step == 0 {
		panic("BUG: NewRange with step 0")
	}
	a := t.alloc(rangeClass, wordsSize(3))
	store(a, rangeStartOff, MakeInt(t, start))
	store(a, rangeStopOff, MakeInt(t, stop))
	store(a, rangeStepOff, MakeInt(t, step))
	return FromAddr(a)
}

// IsRange reports whether v is a range.
func IsRange(v Value) bool { return v.IsRef() && classOf(v) == rangeClass }

// RangeParts returns the bounds of a range.
func RangeParts(r Value) (start, stop, step int64) {
	a := r.Addr()
	return rangeWord(load(a, rangeStartOff)), rangeWord(load(a, rangeStopOff)), rangeWord(load(a, rangeStepOff))
}

func rangeWord(v Value) int64 {
	if v.IsSmallInt() {
		return v.SmallInt()
	}
	i, ok := IntValue(v)
	if !ok {
		panic("BUG: range bound beyond int64")
	}
	return i
}

// rangeLength returns the number of items of range(start, stop, step).
func rangeLength(start, stop, step int64) uint64 {
	switch {
	case step > 0 && start < stop:
		return (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	case step < 0 && start > stop:
		return (uint64(start)-uint64(stop)-1)/(-uint64(step)) + 1
	}
	return 0
}

// RangeLen returns the number of items of a range as a uint64.
func RangeLen(r Value) uint64 { return rangeLength(RangeParts(r)) }

// rangeItem returns item i (0 <= i < len) of the range.
func rangeItem(start, step int64, i uint64) int64 {
	return int64(uint64(start) + i*uint64(step))
}

// newRangeIter makes an iterator yielding n items from cur by step.
func newRangeIter(t *Thread, cur int64, n uint64, step int64) Value {
	a := t.alloc(rangeIterClass, wordsSize(3))
	gc.Store(a, rangeIterCurOff, uint64(cur))
	gc.Store(a, rangeIterLeftOff, n)
	gc.Store(a, rangeIterStepOff, uint64(step))
	return FromAddr(a)
}

// IsRangeIter reports whether v is a range iterator.
func IsRangeIter(v Value) bool { return v.IsRef() && classOf(v) == rangeIterClass }

// RangeIterNext advances a range iterator: the VM's fast path for for
// loops. ok is false when the iterator is exhausted.
func RangeIterNext(t *Thread, it Value) (int64, bool) {
	a := it.Addr()
	left := t.TX.Read(a, rangeIterLeftOff)
	if left == 0 {
		return 0, false
	}
	cur := t.TX.Read(a, rangeIterCurOff)
	t.TX.Write(a, rangeIterCurOff, cur+t.TX.Read(a, rangeIterStepOff))
	t.TX.Write(a, rangeIterLeftOff, left-1)
	return int64(cur), true
}

func rangeIterNextSlot(t *Thread, it Value) (Value, error) {
	i, ok := RangeIterNext(t, it)
	if !ok {
		return Null, nil
	}
	if FitsSmallInt(i) {
		return MakeSmallInt(i), nil
	}
	return MakeInt(t, i), nil
}

func bootRange(t *Thread) {
	RangeIterType = builtinType(t, "range_iterator", 0, ObjectType)
	rangeIterClass = newClassID(RangeIterType, nil, gc.ScanNone)
	RangeIterType.Class = rangeIterClass
	RangeIterType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	RangeIterType.Slots.Next = rangeIterNextSlot
	DefMethod(t, RangeIterType, "__length_hint__", rangeIterLengthHint)

	s := &RangeType.Slots
	s.New = rangeNew
	s.Repr = rangeRepr
	s.Len = rangeLen
	s.Bool = func(t *Thread, v Value) (bool, error) { return RangeLen(v) != 0, nil }
	s.Iter = func(t *Thread, v Value) (Value, error) {
		start, stop, step := RangeParts(v)
		return newRangeIter(t, start, rangeLength(start, stop, step), step), nil
	}
	s.GetItem = rangeGetItem
	s.Contains = rangeContains
	s.Compare = rangeCompare
	s.Hash = rangeHash
	s.GetAttr = rangeGetAttr
	DefMethod(t, RangeType, "index", rangeIndexMethod)
	DefMethod(t, RangeType, "count", rangeCountMethod)
	DefMethod(t, RangeType, "__reversed__", rangeReversed)
}

func rangeIterLengthHint(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	left := t.TX.Read(self.Addr(), rangeIterLeftOff)
	return NewInt(t, new(big.Int).SetUint64(left)), nil
}

func rangeNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("range", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("range", args, 1, 3); err != nil {
		return Null, err
	}
	bounds := [3]int64{0, 0, 1}
	if len(args) == 1 {
		args = []Value{MakeSmallInt(0), args[0]}
	}
	for i, a := range args {
		n, err := rangeArg(t, a)
		if err != nil {
			return Null, err
		}
		bounds[i] = n
	}
	if bounds[2] == 0 {
		return Null, ValueError("range() arg 3 must not be zero")
	}
	return NewRange(t, bounds[0], bounds[1], bounds[2]), nil
}

// rangeArg converts a range() argument to an int64 through __index__.
func rangeArg(t *Thread, v Value) (int64, error) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	iv, err := IndexValue(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := IntValue(iv)
	if !ok {
		return 0, OverflowError("Python int too large to convert to C ssize_t")
	}
	return n, nil
}

func rangeRepr(t *Thread, v Value) (string, error) {
	start, stop, step := RangeParts(v)
	if step == 1 {
		return fmt.Sprintf("range(%d, %d)", start, stop), nil
	}
	return fmt.Sprintf("range(%d, %d, %d)", start, stop, step), nil
}

func rangeLen(t *Thread, v Value) (int, error) {
	n := RangeLen(v)
	if n > math.MaxInt {
		return 0, OverflowError("Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

func rangeGetItem(t *Thread, v, key Value) (Value, error) {
	if IsSlice(key) {
		return rangeSlice(t, v, key)
	}
	iv, err := IndexValue(t, key)
	if err != nil {
		if Matches(err, TypeErrorType) {
			return Null, TypeError("range indices must be integers or slices, not %s", TypeName(key))
		}
		return Null, err
	}
	start, stop, step := RangeParts(v)
	n := rangeLength(start, stop, step)
	i, ok := IntValue(iv)
	if !ok {
		return Null, IndexError("range object index out of range")
	}
	var u uint64
	if i < 0 {
		// -i fits in a uint64 even for math.MinInt64.
		if uint64(-(i+1))+1 > n {
			return Null, IndexError("range object index out of range")
		}
		u = n - (uint64(-(i + 1)) + 1)
	} else {
		if uint64(i) >= n {
			return Null, IndexError("range object index out of range")
		}
		u = uint64(i)
	}
	return MakeInt(t, rangeItem(start, step, u)), nil
}

// rangeSlice returns r[s], a range. The new bounds are computed with big
// ints and must fit int64.
func rangeSlice(t *Thread, r, s Value) (Value, error) {
	start, _, step := RangeParts(r)
	n, err := rangeLen(t, r)
	if err != nil {
		return Null, err
	}
	sstart, sstop, sstep, _, err := SliceIndices(t, s, n)
	if err != nil {
		return Null, err
	}
	at := func(i int) *big.Int {
		x := new(big.Int).Mul(big.NewInt(int64(i)), big.NewInt(step))
		return x.Add(x, big.NewInt(start))
	}
	nstep := new(big.Int).Mul(big.NewInt(int64(sstep)), big.NewInt(step))
	parts := []*big.Int{at(sstart), at(sstop), nstep}
	for _, p := range parts {
		if !p.IsInt64() {
			return Null, OverflowError("Python int too large to convert to C ssize_t")
		}
	}
	return NewRange(t, parts[0].Int64(), parts[1].Int64(), parts[2].Int64()), nil
}

// rangeIndexOf finds the position of the int x in the range.
func rangeIndexOf(start, stop, step, x int64) (uint64, bool) {
	if step > 0 && (x < start || x >= stop) || step < 0 && (x > start || x <= stop) {
		return 0, false
	}
	var d, s uint64
	if step > 0 {
		d, s = uint64(x)-uint64(start), uint64(step)
	} else {
		d, s = uint64(start)-uint64(x), -uint64(step)
	}
	if d%s != 0 {
		return 0, false
	}
	return d / s, true
}

// rangeIntArg returns x as an int64 when x is an int or bool (exactly, as
// CPython's fast path requires); ok is false for other values. inRange is
// false for ints beyond int64, which no range contains.
func rangeIntArg(x Value) (n int64, isInt, inRange bool) {
	if x.IsSmallInt() {
		return x.SmallInt(), true, true
	}
	if !IsIntOrBool(x) {
		return 0, false, false
	}
	n, inRange = IntValue(x)
	return n, true, inRange
}

func rangeContains(t *Thread, v, x Value) (bool, error) {
	start, stop, step := RangeParts(v)
	if n, isInt, inRange := rangeIntArg(x); isInt {
		if !inRange {
			return false, nil
		}
		_, ok := rangeIndexOf(start, stop, step, n)
		return ok, nil
	}
	_, found, err := rangeSearch(t, v, x)
	return found, err
}

// rangeSearch looks for x by equality, item by item, as CPython does for
// values that are not ints (3.0 in range(5) is True).
func rangeSearch(t *Thread, v, x Value) (uint64, bool, error) {
	start, stop, step := RangeParts(v)
	n := rangeLength(start, stop, step)
	for i := uint64(0); i < n; i++ {
		eq, err := Equal(t, MakeInt(t, rangeItem(start, step, i)), x)
		if err != nil || eq {
			return i, eq, err
		}
	}
	return 0, false, nil
}

// rangeCompare implements == and != as sequence equality; ranges are not
// ordered.
func rangeCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if (op != EQ && op != NE) || !IsRange(a) || !IsRange(b) {
		return NotImplemented, nil
	}
	return Bool(rangeEqual(a, b) == (op == EQ)), nil
}

func rangeEqual(a, b Value) bool {
	as, ao, ap := RangeParts(a)
	bs, bo, bp := RangeParts(b)
	n := rangeLength(as, ao, ap)
	if n != rangeLength(bs, bo, bp) {
		return false
	}
	return n == 0 || as == bs && (n == 1 || ap == bp)
}

// rangeHash hashes what equality looks at: (len, start, step), with the
// parts that do not matter for short ranges replaced by None.
func rangeHash(t *Thread, v Value) (int64, error) {
	start, stop, step := RangeParts(v)
	n := rangeLength(start, stop, step)
	key := []Value{NewInt(t, new(big.Int).SetUint64(n)), None, None}
	if n > 0 {
		key[1] = MakeInt(t, start)
	}
	if n > 1 {
		key[2] = MakeInt(t, step)
	}
	return Hash(t, NewTuple(t, key))
}

func rangeGetAttr(t *Thread, v Value, name string) (Value, error) {
	a := v.Addr()
	switch name {
	case "start":
		return load(a, rangeStartOff), nil
	case "stop":
		return load(a, rangeStopOff), nil
	case "step":
		return load(a, rangeStepOff), nil
	}
	return Null, nil
}

func rangeIndexMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := rangeOneArg("index", args, kwnames); err != nil {
		return Null, err
	}
	x := args[0]
	if n, isInt, inRange := rangeIntArg(x); isInt {
		start, stop, step := RangeParts(self)
		if i, ok := rangeIndexOf(start, stop, step, n); ok && inRange {
			return NewInt(t, new(big.Int).SetUint64(i)), nil
		}
		r, err := Repr(t, x)
		if err != nil {
			return Null, err
		}
		return Null, ValueError("%s is not in range", r)
	}
	i, found, err := rangeSearch(t, self, x)
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, ValueError("sequence.index(x): x not in sequence")
	}
	return NewInt(t, new(big.Int).SetUint64(i)), nil
}

func rangeCountMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := rangeOneArg("count", args, kwnames); err != nil {
		return Null, err
	}
	x := args[0]
	start, stop, step := RangeParts(self)
	if n, isInt, inRange := rangeIntArg(x); isInt {
		if _, ok := rangeIndexOf(start, stop, step, n); ok && inRange {
			return MakeSmallInt(1), nil
		}
		return MakeSmallInt(0), nil
	}
	count := int64(0)
	n := rangeLength(start, stop, step)
	for i := uint64(0); i < n; i++ {
		eq, err := Equal(t, MakeInt(t, rangeItem(start, step, i)), x)
		if err != nil {
			return Null, err
		}
		if eq {
			count++
		}
	}
	return MakeInt(t, count), nil
}

func rangeOneArg(name string, args []Value, kwnames []string) error {
	return exactArgs("range."+name, args, kwnames, 1)
}

// rangeReversed is range.__reversed__: an iterator from the last item
// backwards.
func rangeReversed(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("__reversed__", args, 0, 0); err != nil {
		return Null, err
	}
	start, stop, step := RangeParts(self)
	n := rangeLength(start, stop, step)
	if n == 0 {
		return newRangeIter(t, 0, 0, 1), nil
	}
	return newRangeIter(t, rangeItem(start, step, n-1), n, int64(-uint64(step))), nil
}
