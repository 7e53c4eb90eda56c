package object

import "math/bits"

// The behaviour of tuples (the layout is in tuple.go). Tuples are
// immutable, so their items are read without barriers.

var tupleIterType *Type

// tupleArg returns the tuple behind v (a tuple or an instance of a
// subclass).
func tupleArg(t *Thread, v Value) (Value, bool) {
	p := Payload(t, v)
	return p, IsTuple(p)
}

func tupleNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("tuple", kwnames); err != nil {
		return Null, err
	}
	if len(args) > 1 {
		return Null, TypeError("tuple expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return NewTuple(t, nil), nil
	}
	if IsTuple(args[0]) {
		return args[0], nil
	}
	items, err := CollectUnpinned(t, args[0])
	if err != nil {
		return Null, err
	}
	return NewTuple(t, items), nil
}

func tupleRepr(t *Thread, v Value) (string, error) {
	if TupleLen(v) == 0 {
		return "()", nil
	}
	if !ReprEnter(t, v) {
		return "(...)", nil
	}
	defer ReprLeave(t, v)
	return reprSeq(t, TupleItems(v), "(", ")")
}

func tupleGetItem(t *Thread, v, key Value) (Value, error) {
	if IsSlice(key) {
		start, _, step, n, err := SliceIndices(t, key, TupleLen(v))
		if err != nil {
			return Null, err
		}
		if n == TupleLen(v) && step == 1 {
			return v, nil
		}
		return NewTuple(t, sliceItems(TupleItems(v), start, step, n)), nil
	}
	i, ok, err := seqIndex(t, key, TupleLen(v), "tuple")
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, IndexError("tuple index out of range")
	}
	return TupleItem(v, i), nil
}

func tupleContains(t *Thread, v, x Value) (bool, error) {
	for i := 0; i < TupleLen(v); i++ {
		if eq, err := sameOrEqual(t, TupleItem(v, i), x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	pb, ok := tupleArg(t, b)
	if !ok {
		return NotImplemented, nil
	}
	return seqCompare(t,
		func() int { return TupleLen(a) }, func() int { return TupleLen(pb) },
		func(i int) Value { return TupleItem(a, i) }, func(i int) Value { return TupleItem(pb, i) }, op)
}

func tupleBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		pa, okA := tupleArg(t, a)
		pb, okB := tupleArg(t, b)
		if !okA || !okB {
			return NotImplemented, nil
		}
		return NewTuple(t, append(TupleItems(pa), TupleItems(pb)...)), nil
	case OpMul:
		seq, n := a, b
		if _, ok := tupleArg(t, a); !ok {
			seq, n = b, a
		}
		p, ok := tupleArg(t, seq)
		if !ok {
			return NotImplemented, nil
		}
		c, ok, err := repeatCount(t, n)
		if !ok || err != nil {
			return NotImplemented, err
		}
		if c == 1 && IsTuple(seq) {
			return seq, nil
		}
		items, err := repeatItems(TupleItems(p), c)
		if err != nil {
			return Null, err
		}
		return NewTuple(t, items), nil
	}
	return NotImplemented, nil
}

// The constants of the xxHash64-derived tuple hash of CPython 3.8+, which
// tupleHash reproduces so that hash((1, 2)) is the same in both.
const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// tupleHash mixes the item hashes one lane at a time.
func tupleHash(t *Thread, v Value) (int64, error) {
	n := TupleLen(v)
	acc := uint64(xxPrime5)
	for i := 0; i < n; i++ {
		h, err := Hash(t, TupleItem(v, i))
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(n) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func tupleIterNext(t *Thread, it Value) (Value, error) {
	a := it.Addr()
	tup := load(a, seqItSeqOff)
	i := int(t.read(a, seqItPosOff).SmallInt())
	if i < 0 || i >= TupleLen(tup) {
		t.write(a, seqItPosOff, MakeSmallInt(-1))
		return Null, nil
	}
	t.write(a, seqItPosOff, MakeSmallInt(int64(i+1)))
	return TupleItem(tup, i), nil
}

func tupleIndex(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("tuple.index", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("index", args, 1, 3); err != nil {
		return Null, err
	}
	start, stop, err := searchBounds(t, args, TupleLen(self))
	if err != nil {
		return Null, err
	}
	for i := start; i < stop; i++ {
		eq, err := sameOrEqual(t, TupleItem(self, i), args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			return MakeSmallInt(int64(i)), nil
		}
	}
	return Null, ValueError("tuple.index(x): x not in tuple")
}

func tupleCount(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := noKwArgCount("tuple.count", args, kwnames, 1, 1); err != nil {
		return Null, err
	}
	c := 0
	for i := 0; i < TupleLen(self); i++ {
		eq, err := sameOrEqual(t, TupleItem(self, i), args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			c++
		}
	}
	return MakeSmallInt(int64(c)), nil
}

func bootTuple(t *Thread) {
	TupleType.Slots = Slots{
		New:      tupleNew,
		Repr:     tupleRepr,
		Hash:     tupleHash,
		Len:      func(t *Thread, v Value) (int, error) { return TupleLen(v), nil },
		Bool:     func(t *Thread, v Value) (bool, error) { return TupleLen(v) > 0, nil },
		Iter:     func(t *Thread, v Value) (Value, error) { return newSeqIterOf(t, tupleIterType, v, 0), nil },
		GetItem:  tupleGetItem,
		Contains: tupleContains,
		Compare:  tupleCompare,
		Binary:   tupleBinary,
	}
	tupleIterType = newIterType(t, "tuple_iterator", tupleIterNext)
	DefMethod(t, TupleType, "index", tupleIndex)
	DefMethod(t, TupleType, "count", tupleCount)
}

func init() { OnBoot(10, bootTuple) }
