package object

import (
	"math"
	"math/big"

	"atompy.dev/atompy/gc"
)

// The slice type. A slice is immutable: three Values (start, stop, step),
// any of which may be None or, as in CPython, any object at all; only
// SliceIndices insists on ints or __index__.
//
// Layout (class sliceClass, scanned):
//
//	word 2  start
//	word 3  stop
//	word 4  step
const (
	sliceStartOff = gc.HeaderSize
	sliceStopOff  = gc.HeaderSize + gc.WordSize
	sliceStepOff  = gc.HeaderSize + 2*gc.WordSize
)

func init() { OnBoot(10, bootSlice) }

// NewSlice returns slice(start, stop, step); pass None for a missing part.
func NewSlice(t *Thread, start, stop, step Value) Value {
	a := t.alloc(sliceClass, wordsSize(3))
	store(a, sliceStartOff, start)
	store(a, sliceStopOff, stop)
	store(a, sliceStepOff, step)
	return FromAddr(a)
}

// IsSlice reports whether v is a slice object.
func IsSlice(v Value) bool { return v.IsRef() && classOf(v) == sliceClass }

// SliceParts returns the three fields of a slice.
func SliceParts(s Value) (start, stop, step Value) {
	a := s.Addr()
	return load(a, sliceStartOff), load(a, sliceStopOff), load(a, sliceStepOff)
}

// SliceIndices applies slice s to a sequence of the given length, with the
// semantics of CPython's PySlice_GetIndicesEx: None parts take defaults
// that depend on the sign of step, bounds go through __index__ and are
// clamped (huge ints included) to the sequence, and n is the number of
// items the slice selects. Iterate with `for i, k := start, 0; k < n; i, k
// = i+step, k+1`.
func SliceIndices(t *Thread, s Value, length int) (start, stop, step, n int, err error) {
	start, stop, step, err = sliceUnpack(t, s)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	start, stop, n = AdjustSliceIndices(length, start, stop, step)
	return start, stop, step, n, nil
}

// sliceUnpack turns the parts of a slice into Go ints with None replaced by
// the defaults for the step's direction (PySlice_Unpack).
func sliceUnpack(t *Thread, s Value) (start, stop, step int, err error) {
	rstart, rstop, rstep := SliceParts(s)
	step = 1
	if rstep != None {
		if step, err = sliceBound(t, rstep); err != nil {
			return 0, 0, 0, err
		}
		if step == 0 {
			return 0, 0, 0, ValueError("slice step cannot be zero")
		}
		// -step must not overflow.
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	start, stop = 0, math.MaxInt
	if step < 0 {
		start, stop = math.MaxInt, math.MinInt
	}
	if rstart != None {
		if start, err = sliceBound(t, rstart); err != nil {
			return 0, 0, 0, err
		}
	}
	if rstop != None {
		if stop, err = sliceBound(t, rstop); err != nil {
			return 0, 0, 0, err
		}
	}
	return start, stop, step, nil
}

// sliceBound converts one slice part through __index__, clamping ints that
// do not fit a Go int to its range, as CPython's _PyEval_SliceIndex does.
func sliceBound(t *Thread, v Value) (int, error) {
	if v.IsSmallInt() {
		return int(v.SmallInt()), nil
	}
	iv, err := IndexValue(t, v)
	if err != nil {
		if Matches(err, TypeErrorType) {
			return 0, TypeError("slice indices must be integers or None or have an __index__ method")
		}
		return 0, err
	}
	if i, ok := IntValue(iv); ok && i >= math.MinInt && i <= math.MaxInt {
		return int(i), nil
	}
	if IntSign(iv) < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// AdjustSliceIndices clamps start and stop to a sequence of the given
// length and returns them with the number of selected items
// (PySlice_AdjustIndices). step must not be zero.
func AdjustSliceIndices(length, start, stop, step int) (int, int, int) {
	start = clampSliceIndex(start, length, step)
	stop = clampSliceIndex(stop, length, step)
	switch {
	case step < 0 && stop < start:
		return start, stop, (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		return start, stop, (stop-start-1)/step + 1
	}
	return start, stop, 0
}

func clampSliceIndex(i, length, step int) int {
	if i < 0 {
		i += length
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
		return i
	}
	if i >= length {
		if step < 0 {
			return length - 1
		}
		return length
	}
	return i
}

func bootSlice(t *Thread) {
	SliceType.Flags |= FlagUnhashable
	SliceType.Slots.New = sliceNew
	SliceType.Slots.Repr = sliceRepr
	SliceType.Slots.Compare = sliceCompare
	SliceType.Slots.GetAttr = sliceGetAttr
	DefMethod(t, SliceType, "indices", sliceIndicesMethod)
}

func sliceNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("slice", kwnames); err != nil {
		return Null, err
	}
	if err := ArgCount("slice", args, 1, 3); err != nil {
		return Null, err
	}
	switch len(args) {
	case 1:
		return NewSlice(t, None, args[0], None), nil
	case 2:
		return NewSlice(t, args[0], args[1], None), nil
	}
	return NewSlice(t, args[0], args[1], args[2]), nil
}

func sliceRepr(t *Thread, v Value) (string, error) {
	start, stop, step := SliceParts(v)
	out := "slice("
	for i, part := range []Value{start, stop, step} {
		r, err := Repr(t, part)
		if err != nil {
			return "", err
		}
		if i > 0 {
			out += ", "
		}
		out += r
	}
	return out + ")", nil
}

// sliceCompare compares slices as the tuples (start, stop, step).
func sliceCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	if !IsSlice(a) || !IsSlice(b) {
		return NotImplemented, nil
	}
	if a == b && (op == EQ || op == NE) {
		return Bool(op == EQ), nil
	}
	as, ao, ap := SliceParts(a)
	bs, bo, bp := SliceParts(b)
	return RichCompare(t, NewTuple(t, []Value{as, ao, ap}), NewTuple(t, []Value{bs, bo, bp}), op)
}

func sliceGetAttr(t *Thread, v Value, name string) (Value, error) {
	start, stop, step := SliceParts(v)
	switch name {
	case "start":
		return start, nil
	case "stop":
		return stop, nil
	case "step":
		return step, nil
	}
	return Null, nil
}

// sliceIndicesMethod is slice.indices(length): the normalised (start,
// stop, step) for a sequence of that length, computed on big ints like
// CPython's _PySlice_GetLongIndices so that any int works.
func sliceIndicesMethod(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := exactArgs("slice.indices", args, kwnames, 1); err != nil {
		return Null, err
	}
	lv, err := IndexValue(t, args[0])
	if err != nil {
		return Null, err
	}
	length := IntBig(lv)
	if length.Sign() < 0 {
		return Null, ValueError("length should not be negative")
	}
	rstart, rstop, rstep := SliceParts(self)
	step := big.NewInt(1)
	if rstep != None {
		if step, err = sliceBigBound(t, rstep); err != nil {
			return Null, err
		}
		if step.Sign() == 0 {
			return Null, ValueError("slice step cannot be zero")
		}
	}
	lower, upper := new(big.Int), new(big.Int).Set(length)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(length, big.NewInt(1))
	}
	start, err := sliceBigClamp(t, rstart, length, lower, upper, step.Sign() < 0)
	if err != nil {
		return Null, err
	}
	stop, err := sliceBigClamp(t, rstop, length, lower, upper, step.Sign() > 0)
	if err != nil {
		return Null, err
	}
	return NewTuple(t, []Value{NewInt(t, start), NewInt(t, stop), NewInt(t, step)}), nil
}

// sliceBigBound reads a slice part as a big int through __index__.
func sliceBigBound(t *Thread, v Value) (*big.Int, error) {
	iv, err := IndexValue(t, v)
	if err != nil {
		if Matches(err, TypeErrorType) {
			return nil, TypeError("slice indices must be integers or None or have an __index__ method")
		}
		return nil, err
	}
	return IntBig(iv), nil
}

// sliceBigClamp resolves one bound for slice.indices: None becomes upper
// when noneIsUpper, else lower; negative values count from the end; the
// result is clamped to [lower, upper].
func sliceBigClamp(t *Thread, v Value, length, lower, upper *big.Int, noneIsUpper bool) (*big.Int, error) {
	if v == None {
		if noneIsUpper {
			return upper, nil
		}
		return lower, nil
	}
	x, err := sliceBigBound(t, v)
	if err != nil {
		return nil, err
	}
	if x.Sign() < 0 {
		x.Add(x, length)
	}
	switch {
	case x.Cmp(lower) < 0:
		return lower, nil
	case x.Cmp(upper) > 0:
		return upper, nil
	}
	return x, nil
}
