package object

import (
	"math"
	"math/big"

	"atompy.dev/atompy/gc"
)

// The range type and its iterators.
//
// A range is immutable and its bounds are arbitrary ints, as in CPython.
// Layout (class rangeClass, scanned, so the bounds are stored as Values:
// small ints, or heap ints beyond 48 bits):
//
//	word 2  start
//	word 3  stop
//	word 4  step (never 0)
//
// Almost every range has bounds that fit an int64, and those take a fast
// path in every operation (rangeInt64): item arithmetic is then done modulo
// 2^64 (uint64), which is exact because every item lies between two int64
// bounds, and the length, which may exceed int64 (range(-2**62, 2**62)),
// is a uint64. Ranges with a bound beyond int64 take a slower path with
// math/big (rangeBig) and iterate with a separate iterator class, so that
// the fast iterator never has to check for big ints.
const (
	rangeStartOff = gc.HeaderSize
	rangeStopOff  = gc.HeaderSize + gc.WordSize
	rangeStepOff  = gc.HeaderSize + 2*gc.WordSize
)

// The range iterator of an int64 range is the hot object of every `for i
// in range(n)` loop, so it holds raw words, not Values, in an object the
// collector does not scan (class rangeIterClass), and needs no allocation
// per step beyond boxing the item:
//
//	word 2  next item (int64)
//	word 3  items left (uint64)
//	word 4  step (int64)
const (
	rangeIterCurOff  = gc.HeaderSize
	rangeIterLeftOff = gc.HeaderSize + gc.WordSize
	rangeIterStepOff = gc.HeaderSize + 2*gc.WordSize
)

// The iterator of a range with big bounds (class longRangeIterClass,
// scanned) holds ints as Values; cur and left change as it advances:
//
//	word 2  next item
//	word 3  step (immutable)
//	word 4  items left
const (
	longRangeIterCurOff  = gc.HeaderSize
	longRangeIterStepOff = gc.HeaderSize + gc.WordSize
	longRangeIterLeftOff = gc.HeaderSize + 2*gc.WordSize
)

const errSsizeOverflow = "Python int too large to convert to C ssize_t"

var (
	rangeIterClass     uint32
	longRangeIterClass uint32
	// RangeIterType is the type of iter(range(...)) for ranges whose
	// bounds fit an int64.
	RangeIterType *Type
	// LongRangeIterType is the type of iter(range(...)) for ranges with a
	// bound beyond int64.
	LongRangeIterType *Type
)

func init() { OnBoot(10, bootRange) }

// NewRange returns range(start, stop, step); step must not be 0.
func NewRange(t *Thread, start, stop, step int64) Value {
	if step == 0 {
		panic("BUG: NewRange with step 0")
	}
	return newRangeObject(t, MakeInt(t, start), MakeInt(t, stop), MakeInt(t, step))
}

// NewRangeValues returns range(start, stop, step) for any values, which go
// through __index__ as the range constructor does: a TypeError for values
// that are not integers, a ValueError for a zero step.
func NewRangeValues(t *Thread, start, stop, step Value) (Value, error) {
	var bounds [3]Value
	for i, v := range [3]Value{start, stop, step} {
		iv, err := IndexValue(t, v)
		if err != nil {
			return Null, err
		}
		bounds[i] = intToExact(iv)
	}
	if IntSign(bounds[2]) == 0 {
		return Null, ValueError("range() arg 3 must not be zero")
	}
	return newRangeObject(t, bounds[0], bounds[1], bounds[2]), nil
}

// newRangeObject allocates a range from three exact ints.
func newRangeObject(t *Thread, start, stop, step Value) Value {
	a := t.alloc(rangeClass, wordsSize(3))
	store(a, rangeStartOff, start)
	store(a, rangeStopOff, stop)
	store(a, rangeStepOff, step)
	return FromAddr(a)
}

// IsRange reports whether v is a range.
func IsRange(v Value) bool { return v.IsRef() && classOf(v) == rangeClass }

// RangeValues returns the bounds of a range as ints.
func RangeValues(r Value) (start, stop, step Value) {
	a := r.Addr()
	return load(a, rangeStartOff), load(a, rangeStopOff), load(a, rangeStepOff)
}

// RangeInt64 returns the bounds of a range; ok is false when one of them
// does not fit an int64.
func RangeInt64(r Value) (start, stop, step int64, ok bool) {
	a := r.Addr()
	start, ok1 := IntValue(load(a, rangeStartOff))
	stop, ok2 := IntValue(load(a, rangeStopOff))
	step, ok3 := IntValue(load(a, rangeStepOff))
	return start, stop, step, ok1 && ok2 && ok3
}

// RangeParts returns the bounds of a range whose bounds fit an int64
// (check with RangeInt64 first when they may not).
func RangeParts(r Value) (start, stop, step int64) {
	start, stop, step, ok := RangeInt64(r)
	if !ok {
		panic("BUG: RangeParts of a range with a bound beyond int64")
	}
	return start, stop, step
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

// RangeLen returns the number of items of a range as a uint64, or
// math.MaxUint64 when the length does not fit (only possible for big
// bounds), so that RangeLen(r) != 0 is always its truth.
func RangeLen(r Value) uint64 {
	if start, stop, step, ok := RangeInt64(r); ok {
		return rangeLength(start, stop, step)
	}
	n := rangeBigOf(r).n
	if !n.IsUint64() {
		return math.MaxUint64
	}
	return n.Uint64()
}

// rangeItem returns item i (0 <= i < len) of the range.
func rangeItem(start, step int64, i uint64) int64 {
	return int64(uint64(start) + i*uint64(step))
}

// rangeBig is a range with its length, in big ints: the slow path for
// ranges with a bound beyond int64 and for results that may leave int64.
type rangeBig struct{ start, stop, step, n *big.Int }

func rangeBigOf(r Value) rangeBig {
	start, stop, step := RangeValues(r)
	b := rangeBig{start: IntBig(start), stop: IntBig(stop), step: IntBig(step)}
	b.n = bigRangeLength(b.start, b.stop, b.step)
	return b
}

// bigRangeLength returns the number of items of range(start, stop, step).
func bigRangeLength(start, stop, step *big.Int) *big.Int {
	lo, hi, s := start, stop, step
	if step.Sign() < 0 {
		lo, hi, s = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, s)
	return n.Add(n, big.NewInt(1))
}

// item returns start + i*step.
func (r rangeBig) item(i *big.Int) *big.Int {
	x := new(big.Int).Mul(i, r.step)
	return x.Add(x, r.start)
}

// indexOf returns the position of x in the range.
func (r rangeBig) indexOf(x *big.Int) (*big.Int, bool) {
	d := new(big.Int).Sub(x, r.start)
	if d.Sign() != 0 && d.Sign() != r.step.Sign() {
		return nil, false
	}
	i, m := new(big.Int).QuoRem(d, r.step, new(big.Int))
	if m.Sign() != 0 || i.Cmp(r.n) >= 0 {
		return nil, false
	}
	return i, true
}

// newRangeIter makes an iterator yielding n items from cur by step.
func newRangeIter(t *Thread, cur int64, n uint64, step int64) Value {
	a := t.alloc(rangeIterClass, wordsSize(3))
	gc.Store(a, rangeIterCurOff, uint64(cur))
	gc.Store(a, rangeIterLeftOff, n)
	gc.Store(a, rangeIterStepOff, uint64(step))
	return FromAddr(a)
}

// IsRangeIter reports whether v is the iterator of an int64 range, which
// RangeIterNext advances. Iterators of ranges with big bounds are not.
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

// newLongRangeIter makes an iterator yielding the n items (n > 0) from
// cur by step, all given as big ints.
func newLongRangeIter(t *Thread, cur, step, n *big.Int) Value {
	a := t.alloc(longRangeIterClass, wordsSize(3))
	store(a, longRangeIterCurOff, NewInt(t, cur))
	store(a, longRangeIterStepOff, NewInt(t, step))
	store(a, longRangeIterLeftOff, NewInt(t, n))
	return FromAddr(a)
}

func longRangeIterNext(t *Thread, it Value) (Value, error) {
	a := it.Addr()
	left := t.read(a, longRangeIterLeftOff)
	if IntSign(left) == 0 {
		return Null, nil
	}
	cur := t.read(a, longRangeIterCurOff)
	t.write(a, longRangeIterCurOff, rangeAddInt(t, cur, load(a, longRangeIterStepOff)))
	t.write(a, longRangeIterLeftOff, rangeAddInt(t, left, MakeSmallInt(-1)))
	return cur, nil
}

// rangeAddInt returns x + y for ints, in int64 when no overflow occurs.
func rangeAddInt(t *Thread, x, y Value) Value {
	if a, ok := IntValue(x); ok {
		if b, ok := IntValue(y); ok {
			if s := a + b; (s > a) == (b > 0) {
				return MakeInt(t, s)
			}
		}
	}
	return NewInt(t, new(big.Int).Add(IntBig(x), IntBig(y)))
}

func bootRange(t *Thread) {
	RangeIterType = builtinType(t, "range_iterator", 0, ObjectType)
	rangeIterClass = newClassID(RangeIterType, nil, gc.ScanNone)
	RangeIterType.Class = rangeIterClass
	RangeIterType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	RangeIterType.Slots.Next = rangeIterNextSlot
	DefMethod(t, RangeIterType, "__length_hint__", rangeIterLengthHint)

	LongRangeIterType = builtinType(t, "longrange_iterator", 0, ObjectType)
	longRangeIterClass = newClassID(LongRangeIterType, nil, gc.ScanAll)
	LongRangeIterType.Class = longRangeIterClass
	LongRangeIterType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	LongRangeIterType.Slots.Next = longRangeIterNext
	DefMethod(t, LongRangeIterType, "__length_hint__", longRangeIterLengthHint)

	s := &RangeType.Slots
	s.New = rangeNew
	s.Repr = rangeRepr
	s.Len = rangeLen
	s.Bool = func(t *Thread, v Value) (bool, error) { return RangeLen(v) != 0, nil }
	s.Iter = rangeIter
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

func longRangeIterLengthHint(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	return t.read(self.Addr(), longRangeIterLeftOff), nil
}

func rangeNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("range", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("range", args, 1, 3); err != nil {
		return Null, err
	}
	bounds := [3]Value{MakeSmallInt(0), Null, MakeSmallInt(1)}
	if len(args) == 1 {
		bounds[1] = args[0]
	} else {
		copy(bounds[:], args)
	}
	return NewRangeValues(t, bounds[0], bounds[1], bounds[2])
}

func rangeRepr(t *Thread, v Value) (string, error) {
	start, stop, step := RangeValues(v)
	parts := []Value{start, stop}
	if i, ok := IntValue(step); !ok || i != 1 {
		parts = append(parts, step)
	}
	s := "range("
	for i, p := range parts {
		ps, err := IntString(p)
		if err != nil {
			return "", err
		}
		if i > 0 {
			s += ", "
		}
		s += ps
	}
	return s + ")", nil
}

func rangeLen(t *Thread, v Value) (int, error) {
	n := RangeLen(v)
	if n > math.MaxInt {
		return 0, OverflowError(errSsizeOverflow)
	}
	return int(n), nil
}

func rangeIter(t *Thread, v Value) (Value, error) {
	if start, stop, step, ok := RangeInt64(v); ok {
		return newRangeIter(t, start, rangeLength(start, stop, step), step), nil
	}
	r := rangeBigOf(v)
	return newLongRangeIter(t, r.start, r.step, r.n), nil
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
	if i, ok := IntValue(iv); ok {
		if start, stop, step, ok := RangeInt64(v); ok {
			return rangeGetItemInt64(t, start, step, rangeLength(start, stop, step), i)
		}
	}
	r := rangeBigOf(v)
	i := IntBig(iv)
	if i.Sign() < 0 {
		i.Add(i, r.n)
	}
	if i.Sign() < 0 || i.Cmp(r.n) >= 0 {
		return Null, IndexError("range object index out of range")
	}
	return NewInt(t, r.item(i)), nil
}

// rangeGetItemInt64 returns item i (negative counts from the end) of an
// int64 range of n items.
func rangeGetItemInt64(t *Thread, start, step int64, n uint64, i int64) (Value, error) {
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

// rangeSlice returns r[s], a range. It always works in big ints: slicing
// is not a hot operation and the new bounds may leave int64 even when the
// old ones fit.
func rangeSlice(t *Thread, v, s Value) (Value, error) {
	r := rangeBigOf(v)
	sstart, sstop, sstep, err := rangeSliceIndices(t, s, r.n)
	if err != nil {
		return Null, err
	}
	step := new(big.Int).Mul(sstep, r.step)
	return newRangeObject(t, NewInt(t, r.item(sstart)), NewInt(t, r.item(sstop)), NewInt(t, step)), nil
}

// rangeSliceIndices applies slice s to a sequence of the given length in
// big ints (CPython's _PySlice_GetLongIndices): None parts take defaults
// that depend on the sign of step, and bounds are clamped to the sequence.
func rangeSliceIndices(t *Thread, s Value, length *big.Int) (start, stop, step *big.Int, err error) {
	rstart, rstop, rstep := SliceParts(s)
	step = big.NewInt(1)
	if rstep != None {
		if step, err = rangeSliceIndex(t, rstep); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, ValueError("slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), length
	if step.Sign() < 0 {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(length, big.NewInt(1))
	}
	clamp := func(v Value, def *big.Int) (*big.Int, error) {
		if v == None {
			return def, nil
		}
		x, err := rangeSliceIndex(t, v)
		switch {
		case err != nil:
			return nil, err
		case x.Sign() < 0:
			if x.Add(x, length); x.Cmp(lower) < 0 {
				return lower, nil
			}
		case x.Cmp(upper) > 0:
			return upper, nil
		}
		return x, nil
	}
	first, last := lower, upper
	if step.Sign() < 0 {
		first, last = upper, lower
	}
	if start, err = clamp(rstart, first); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = clamp(rstop, last); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// rangeSliceIndex converts one slice part through __index__.
func rangeSliceIndex(t *Thread, v Value) (*big.Int, error) {
	iv, err := IndexValue(t, v)
	if err != nil {
		if Matches(err, TypeErrorType) {
			return nil, TypeError("slice indices must be integers or None or have an __index__ method")
		}
		return nil, err
	}
	return IntBig(iv), nil
}

// rangeIndexOf finds the position of the int x in an int64 range.
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

// rangeFind returns the position of the int or bool x in the range as an
// int, or Null when x is not an item. CPython takes this arithmetic path
// only for exact ints and bools; other values are compared item by item
// (rangeSearch).
func rangeFind(t *Thread, v, x Value) Value {
	if start, stop, step, ok := RangeInt64(v); ok {
		n, inRange := IntValue(x)
		if !inRange { // no int64 range holds an int beyond int64
			return Null
		}
		i, found := rangeIndexOf(start, stop, step, n)
		if !found {
			return Null
		}
		return NewInt(t, new(big.Int).SetUint64(i))
	}
	i, found := rangeBigOf(v).indexOf(IntBig(x))
	if !found {
		return Null
	}
	return NewInt(t, i)
}

func rangeContains(t *Thread, v, x Value) (bool, error) {
	if IsIntOrBool(x) {
		return rangeFind(t, v, x) != Null, nil
	}
	_, found, err := rangeSearch(t, v, x)
	return found, err
}

// rangeSearch looks for x by equality, item by item, as CPython does for
// values that are not ints (3.0 in range(5) is True).
func rangeSearch(t *Thread, v, x Value) (uint64, bool, error) {
	it, err := rangeIter(t, v)
	if err != nil {
		return 0, false, err
	}
	for i := uint64(0); ; i++ {
		item, err := Next(t, it)
		if err != nil || item == Null {
			return 0, false, err
		}
		eq, err := Equal(t, item, x)
		if err != nil || eq {
			return i, eq, err
		}
	}
}

// rangeCompare implements == and != as sequence equality; ranges are not
// ordered.
func rangeCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if (op != EQ && op != NE) || !IsRange(a) || !IsRange(b) {
		return NotImplemented, nil
	}
	return Bool(rangeEqual(a, b) == (op == EQ)), nil
}

// rangeEqual compares what determines the items: the length, then the
// first item when there is one, then the step when there are two.
func rangeEqual(a, b Value) bool {
	as, ao, ap, aok := RangeInt64(a)
	bs, bo, bp, bok := RangeInt64(b)
	if aok && bok {
		n := rangeLength(as, ao, ap)
		if n != rangeLength(bs, bo, bp) {
			return false
		}
		return n == 0 || as == bs && (n == 1 || ap == bp)
	}
	x, y := rangeBigOf(a), rangeBigOf(b)
	if x.n.Cmp(y.n) != 0 {
		return false
	}
	return x.n.Sign() == 0 || x.start.Cmp(y.start) == 0 && (x.n.IsInt64() && x.n.Int64() == 1 || x.step.Cmp(y.step) == 0)
}

// rangeLenValue returns the length of a range as an int.
func rangeLenValue(t *Thread, v Value) Value {
	if start, stop, step, ok := RangeInt64(v); ok {
		return NewInt(t, new(big.Int).SetUint64(rangeLength(start, stop, step)))
	}
	return NewInt(t, rangeBigOf(v).n)
}

// rangeHash hashes what equality looks at: (len, start, step), with the
// parts that do not matter for short ranges replaced by None.
func rangeHash(t *Thread, v Value) (int64, error) {
	start, _, step := RangeValues(v)
	n := rangeLenValue(t, v)
	key := []Value{n, None, None}
	if IntSign(n) != 0 {
		key[1] = start
	}
	if i, ok := IntValue(n); !ok || i > 1 {
		key[2] = step
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
	if IsIntOrBool(x) {
		if i := rangeFind(t, self, x); i != Null {
			return i, nil
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
	if IsIntOrBool(x) {
		if rangeFind(t, self, x) != Null {
			return MakeSmallInt(1), nil
		}
		return MakeSmallInt(0), nil
	}
	it, err := rangeIter(t, self)
	if err != nil {
		return Null, err
	}
	count := int64(0)
	for {
		item, err := Next(t, it)
		if err != nil {
			return Null, err
		}
		if item == Null {
			return MakeInt(t, count), nil
		}
		eq, err := Equal(t, item, x)
		if err != nil {
			return Null, err
		}
		if eq {
			count++
		}
	}
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
	if start, stop, step, ok := RangeInt64(self); ok {
		n := rangeLength(start, stop, step)
		if n == 0 {
			return newRangeIter(t, 0, 0, 1), nil
		}
		return newRangeIter(t, rangeItem(start, step, n-1), n, int64(-uint64(step))), nil
	}
	r := rangeBigOf(self)
	if r.n.Sign() == 0 {
		return newRangeIter(t, 0, 0, 1), nil
	}
	last := r.item(new(big.Int).Sub(r.n, big.NewInt(1)))
	return newLongRangeIter(t, last, new(big.Int).Neg(r.step), r.n), nil
}
