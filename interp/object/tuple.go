package object

import (
	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/stm"
)

// Tuple layout: word 2 holds the length as a small int, the items follow.
// A tuple is immutable once built, so its items are read without barriers.
// The same layout serves as the raw storage array of lists, dicts and
// instance overflow slots (class arrayClass), which are mutable and
// accessed through the barriers.
const (
	tupleLenOff   = gc.HeaderSize
	tupleItemsOff = gc.HeaderSize + gc.WordSize
)

// newTupleRaw allocates a tuple of n Null items for the caller to fill.
func newTupleRaw(t *Thread, n int) Value {
	a := t.alloc(tupleClass, wordsSize(1+n))
	store(a, tupleLenOff, MakeSmallInt(int64(n)))
	return FromAddr(a)
}

// NewTuple builds a tuple from items.
func NewTuple(t *Thread, items []Value) Value {
	if len(items) == 0 && emptyTuple != Null {
		return emptyTuple
	}
	v := newTupleRaw(t, len(items))
	a := v.Addr()
	for i, x := range items {
		store(a, tupleItemsOff+uintptr(i)*gc.WordSize, x)
	}
	return v
}

// emptyTuple is the shared ().
var emptyTuple Value

// TupleLen returns the number of items of a tuple (or storage array).
func TupleLen(v Value) int { return int(load(v.Addr(), tupleLenOff).SmallInt()) }

// TupleItem returns item i of a tuple; i must be in range.
func TupleItem(v Value, i int) Value {
	return load(v.Addr(), tupleItemsOff+uintptr(i)*gc.WordSize)
}

// TupleItems copies the items of a tuple into a Go slice.
func TupleItems(v Value) []Value {
	n := TupleLen(v)
	out := make([]Value, n)
	for i := range out {
		out[i] = TupleItem(v, i)
	}
	return out
}

// Array is mutable storage with the tuple layout: the backing store of
// lists and dicts. It is reached only through its owner, and read and
// written through the barriers.
//
// On the parallel STM an array of cardedArrayMin slots or more is carded
// (stm.CardLayout): its slots are locked and validated in cards of 16, so
// that threads writing different slots of one big list, or updating
// different keys of one big dict, do not conflict.
func newArray(t *Thread, n int) Value {
	if n >= cardedArrayMin && t.TX.Parallel() {
		if size, cardsOff, cards, ok := stm.CardLayout(1 + n); ok {
			a := t.alloc(arrayClass, size)
			store(a, tupleLenOff, MakeSmallInt(int64(n)))
			t.TX.InitCards(a, cardsOff, cards)
			return FromAddr(a)
		}
	}
	a := t.alloc(arrayClass, wordsSize(1+n))
	store(a, tupleLenOff, MakeSmallInt(int64(n)))
	return FromAddr(a)
}

// cardedArrayMin is the capacity from which arrays are carded.
const cardedArrayMin = 64

// ArrayGet reads slot i of storage array arr.
func arrayGet(t *Thread, arr Value, i int) Value {
	return t.read(arr.Addr(), tupleItemsOff+uintptr(i)*gc.WordSize)
}

// ArraySet writes slot i of storage array arr.
func arraySet(t *Thread, arr Value, i int, x Value) {
	t.write(arr.Addr(), tupleItemsOff+uintptr(i)*gc.WordSize, x)
}
