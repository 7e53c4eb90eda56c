package builtins

import (
	"atompy.dev/atompy/interp/object"
)

// The built-in functions that consume iterables.

// forEach calls f on every item of iterable until f returns stop or an
// error.
func forEach(t *object.Thread, iterable Value, f func(Value) (stop bool, err error)) error {
	it, err := object.Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := object.Next(t, it)
		if err != nil || x == Null {
			return err
		}
		if stop, err := f(x); stop || err != nil {
			return err
		}
	}
}

func builtinAll(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	return anyAll(t, "all", false, args, kw)
}

func builtinAny(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	return anyAll(t, "any", true, args, kw)
}

// anyAll returns whether some item has the truth value want (any) or,
// negated, whether none lacks it (all).
func anyAll(t *object.Thread, name string, want bool, args []Value, kw []string) (Value, error) {
	if err := exactlyOne(name, args, kw); err != nil {
		return Null, err
	}
	found := false
	err := forEach(t, args[0], func(x Value) (bool, error) {
		b, err := object.Truth(t, x)
		if b == want {
			found = true
		}
		return found, err
	})
	if err != nil {
		return Null, err
	}
	return object.Bool(found == want), nil
}

func builtinSum(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos == 0 {
		return Null, object.TypeError("sum() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 2 {
		return Null, object.TypeError("sum() takes at most 2 arguments (%d given)", len(args))
	}
	iterable, start := args[0], object.MakeSmallInt(0)
	if err := object.UnpackArgs("sum", args, kw, []string{"iterable", "start?"}, &iterable, &start); err != nil {
		return Null, err
	}
	switch {
	case object.IsInstance(start, object.StrType):
		return Null, object.TypeError("sum() can't sum strings [use ''.join(seq) instead]")
	case object.IsInstance(start, object.BytesType):
		return Null, object.TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
	case object.IsInstance(start, object.ByteArrayType):
		return Null, object.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	acc := start
	err := object.ForEachUnpinned(t, iterable, func(x Value) (bool, error) {
		var err error
		acc, err = addFast(t, acc, x)
		return false, err
	}, &acc)
	if err != nil {
		return Null, err
	}
	return acc, nil
}

// addFast adds two values, without the generic dispatch for small ints
// and floats. Floats are summed naively left to right, as CPython 3.11
// does.
func addFast(t *object.Thread, a, b Value) (Value, error) {
	switch {
	case a.IsSmallInt() && b.IsSmallInt():
		return object.MakeInt(t, a.SmallInt()+b.SmallInt()), nil
	case a.IsFloat() && b.IsFloat():
		return object.MakeFloat(a.Float() + b.Float()), nil
	case a.IsFloat() && b.IsSmallInt():
		return object.MakeFloat(a.Float() + float64(b.SmallInt())), nil
	}
	return object.BinaryOp(t, object.OpAdd, a, b)
}

// minMax returns min (op LT) or max (op GT).
func minMax(name string, op object.CompareOp) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if npos == 0 {
			return Null, object.TypeError("%s expected at least 1 argument, got 0", name)
		}
		key, dflt := Null, Null
		for i, k := range kw {
			switch k {
			case "key":
				key = args[npos+i]
			case "default":
				dflt = args[npos+i]
			default:
				return Null, invalidKeyword(k, name)
			}
		}
		if key == object.None {
			key = Null
		}
		if npos > 1 && dflt != Null {
			return Null, object.TypeError("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		best, bestKey := Null, Null
		consider := func(x Value) (bool, error) {
			k := x
			if key != Null {
				var err error
				if k, err = object.Call(t, key, []Value{x}, nil); err != nil {
					return true, err
				}
			}
			if best == Null {
				best, bestKey = x, k
				return false, nil
			}
			better, err := compareBool(t, k, bestKey, op)
			if better {
				best, bestKey = x, k
			}
			return err != nil, err
		}
		if npos == 1 {
			if err := object.ForEachUnpinned(t, args[0], consider, &best, &bestKey, &key, &dflt); err != nil {
				return Null, err
			}
		} else {
			for _, x := range args[:npos] {
				if _, err := consider(x); err != nil {
					return Null, err
				}
			}
		}
		if best == Null {
			if dflt != Null {
				return dflt, nil
			}
			return Null, object.ValueError("%s() arg is an empty sequence", name)
		}
		return best, nil
	}
}

// compareBool evaluates a op b as a Go bool, with a fast path for small
// ints and floats.
func compareBool(t *object.Thread, a, b Value, op object.CompareOp) (bool, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		x, y := a.SmallInt(), b.SmallInt()
		if op == object.LT {
			return x < y, nil
		}
		return x > y, nil
	}
	if a.IsFloat() && b.IsFloat() {
		x, y := a.Float(), b.Float()
		if op == object.LT {
			return x < y, nil
		}
		return x > y, nil
	}
	r, err := object.RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	return object.Truth(t, r)
}

func builtinSorted(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return Null, object.TypeError("sorted expected 1 argument, got %d", npos)
	}
	key, reverse := object.None, object.False
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "reverse":
			reverse = args[npos+i]
		default:
			return Null, invalidKeyword(k, "sort")
		}
	}
	items, err := object.CollectUnpinned(t, args[0], args...)
	if err != nil {
		return Null, err
	}
	// Collect may alias a tuple's storage only through a fresh Go slice,
	// so sorting in place is safe.
	rev, err := object.AsIndex(t, reverse)
	if err != nil {
		return Null, err
	}
	if err := object.SortValues(t, items, key, rev != 0); err != nil {
		return Null, err
	}
	return object.NewList(t, items), nil
}

func builtinIter(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("iter", args, kw, 1, 2); err != nil {
		return Null, err
	}
	if len(args) == 1 {
		return object.Iter(t, args[0])
	}
	if !object.Callable(t, args[0]) {
		return Null, object.TypeError("iter(v, w): v must be callable")
	}
	return newCallableIter(t, args[0], args[1]), nil
}

func builtinNext(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := checkCount("next", args, kw, 1, 2); err != nil {
		return Null, err
	}
	it := args[0]
	typ := object.TypeOf(it)
	if typ.Slots.Next == nil && typ.Lookup(t, "__next__") == Null {
		return Null, object.TypeError("'%s' object is not an iterator", typ.Name)
	}
	x, err := nextKeepingStop(t, it)
	if err != nil {
		if len(args) == 2 && object.IsStopIteration(err) {
			return args[1], nil
		}
		return Null, err
	}
	if x == Null {
		if len(args) == 2 {
			return args[1], nil
		}
		return Null, object.StopIter()
	}
	return x, nil
}

// nextKeepingStop advances an iterator like object.Next, except that a
// StopIteration raised by a user __next__ propagates as is (next() must
// re-raise it with its value).
func nextKeepingStop(t *object.Thread, it Value) (Value, error) {
	typ := object.TypeOf(it)
	if typ.Flags&object.FlagBuiltin != 0 && typ.Slots.Next != nil {
		return typ.Slots.Next(t, it)
	}
	r, found, err := object.CallMethod(t, it, "__next__")
	if !found {
		return object.Next(t, it)
	}
	return r, err
}
