package builtins

import (
	"fmt"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
)

// The iterator types of the builtins namespace. Each is a built-in type
// whose instances are word arrays (object.AllocObject); the field layouts
// are given with each constructor. An exhausted iterator clears its source
// fields so that it never touches them again and they can be collected.

var (
	enumerateType, zipType, mapType, filterType *object.Type
	reversedType, callableIterType              *object.Type
)

func init() { object.OnBoot(60, bootIterators) }

func bootIterators(t *object.Thread) {
	mk := func(name string, n func(*object.Thread, *object.Type, []Value, []string) (Value, error),
		next func(*object.Thread, Value) (Value, error)) *object.Type {
		typ := object.NewBuiltinType(t, name, gc.ScanAll)
		typ.Slots.New = n
		typ.Slots.Iter = func(t *object.Thread, v Value) (Value, error) { return v, nil }
		typ.Slots.Next = next
		typ.Slots.Repr = func(t *object.Thread, v Value) (string, error) {
			return fmt.Sprintf("<%s object at %#x>", name, object.Identity(v)), nil
		}
		return typ
	}
	enumerateType = mk("enumerate", enumerateNew, enumerateNext)
	zipType = mk("zip", zipNew, zipNext)
	mapType = mk("map", mapNew, mapNext)
	filterType = mk("filter", filterNew, filterNext)
	reversedType = mk("reversed", reversedNew, reversedNext)
	callableIterType = mk("callable_iterator", nil, callableIterNext)
	object.SuperType.Slots.New = superNew
}

// newIterObject allocates an iterator of typ with the given fields.
func newIterObject(t *object.Thread, typ *object.Type, fields ...Value) Value {
	v := object.AllocObject(t, typ, len(fields))
	for i, f := range fields {
		object.SetField(t, v, i, f)
	}
	return v
}

// enumerate: field 0 the source iterator (Null when exhausted), field 1
// the next count (an int, possibly big).
func enumerateNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if len(args) == 0 {
		return Null, object.TypeError("enumerate() missing required argument 'iterable'")
	}
	iterable, start := Null, object.MakeSmallInt(0)
	if err := object.UnpackArgs("enumerate", args, kw, []string{"iterable", "start?"}, &iterable, &start); err != nil {
		return Null, err
	}
	start, err := object.IndexValue(t, start)
	if err != nil {
		return Null, err
	}
	it, err := object.Iter(t, iterable)
	if err != nil {
		return Null, err
	}
	return newIterObject(t, enumerateType, it, start), nil
}

func enumerateNext(t *object.Thread, e Value) (Value, error) {
	it := object.Field(t, e, 0)
	if it == Null {
		return Null, nil
	}
	x, err := object.Next(t, it)
	if err != nil || x == Null {
		if x == Null && err == nil {
			object.SetField(t, e, 0, Null)
		}
		return Null, err
	}
	n := object.Field(t, e, 1)
	next, err := addFast(t, n, object.MakeSmallInt(1))
	if err != nil {
		return Null, err
	}
	object.SetField(t, e, 1, next)
	return object.NewTuple(t, []Value{n, x}), nil
}

// zip: field 0 a tuple of the source iterators (Null when exhausted),
// field 1 the strict flag.
func zipNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	strict := object.False
	for i, k := range kw {
		if k != "strict" {
			return Null, invalidKeyword(k, "zip")
		}
		b, err := object.Truth(t, args[npos+i])
		if err != nil {
			return Null, err
		}
		strict = object.Bool(b)
	}
	its, err := iterAll(t, args[:npos])
	if err != nil {
		return Null, err
	}
	return newIterObject(t, zipType, object.NewTuple(t, its), strict), nil
}

// iterAll returns iter(x) for each x.
func iterAll(t *object.Thread, xs []Value) ([]Value, error) {
	its := make([]Value, len(xs))
	for i, x := range xs {
		it, err := object.Iter(t, x)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

func zipNext(t *object.Thread, z Value) (Value, error) {
	itsTuple := object.Field(t, z, 0)
	if itsTuple == Null {
		return Null, nil
	}
	its := object.TupleItems(itsTuple)
	if len(its) == 0 {
		return Null, nil
	}
	items := make([]Value, len(its))
	for i, it := range its {
		x, err := object.Next(t, it)
		if err != nil {
			return Null, err
		}
		if x == Null {
			object.SetField(t, z, 0, Null)
			if object.Field(t, z, 1) == object.True {
				return Null, zipStrictCheck(t, its, i)
			}
			return Null, nil
		}
		items[i] = x
	}
	return object.NewTuple(t, items), nil
}

// zipStrictCheck raises zip(strict=True)'s error when iterator i ran out
// while others had items left.
func zipStrictCheck(t *object.Thread, its []Value, i int) error {
	if i > 0 {
		return object.ValueError("zip() argument %d is shorter than %s", i+1, zipArgRange(i))
	}
	for j := 1; j < len(its); j++ {
		x, err := object.Next(t, its[j])
		if err != nil {
			return err
		}
		if x != Null {
			return object.ValueError("zip() argument %d is longer than %s", j+1, zipArgRange(j))
		}
	}
	return nil
}

// zipArgRange names the first n arguments: "argument 1" or "arguments 1-n".
func zipArgRange(n int) string {
	if n == 1 {
		return "argument 1"
	}
	return fmt.Sprintf("arguments 1-%d", n)
}

// map: field 0 the function (Null when exhausted), field 1 a tuple of the
// source iterators.
func mapNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("map", kw); err != nil {
		return Null, err
	}
	if len(args) < 2 {
		return Null, object.TypeError("map() must have at least two arguments.")
	}
	its, err := iterAll(t, args[1:])
	if err != nil {
		return Null, err
	}
	return newIterObject(t, mapType, args[0], object.NewTuple(t, its)), nil
}

func mapNext(t *object.Thread, m Value) (Value, error) {
	fn := object.Field(t, m, 0)
	if fn == Null {
		return Null, nil
	}
	its := object.Field(t, m, 1)
	n := object.TupleLen(its)
	items := make([]Value, n)
	for i := 0; i < n; i++ {
		x, err := object.Next(t, object.TupleItem(its, i))
		if err != nil {
			return Null, err
		}
		if x == Null {
			object.SetField(t, m, 0, Null)
			object.SetField(t, m, 1, object.NewTuple(t, nil))
			return Null, nil
		}
		items[i] = x
	}
	return object.Call(t, fn, items, nil)
}

// filter: field 0 the predicate (None for truth), field 1 the source
// iterator (Null when exhausted).
func filterNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("filter", kw); err != nil {
		return Null, err
	}
	if err := checkCount("filter", args, nil, 2, 2); err != nil {
		return Null, err
	}
	it, err := object.Iter(t, args[1])
	if err != nil {
		return Null, err
	}
	return newIterObject(t, filterType, args[0], it), nil
}

func filterNext(t *object.Thread, f Value) (Value, error) {
	it := object.Field(t, f, 1)
	if it == Null {
		return Null, nil
	}
	pred := object.Field(t, f, 0)
	for {
		x, err := object.Next(t, it)
		if err != nil {
			return Null, err
		}
		if x == Null {
			object.SetField(t, f, 1, Null)
			return Null, nil
		}
		test := x
		if pred != object.None {
			if test, err = object.Call(t, pred, []Value{x}, nil); err != nil {
				return Null, err
			}
		}
		ok, err := object.Truth(t, test)
		if err != nil {
			return Null, err
		}
		if ok {
			return x, nil
		}
	}
}

// reversed: field 0 the sequence (Null when exhausted), field 1 the next
// index.
func reversedNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("reversed", kw); err != nil {
		return Null, err
	}
	if err := checkCount("reversed", args, nil, 1, 1); err != nil {
		return Null, err
	}
	seq := args[0]
	typ := object.TypeOf(seq)
	if m := typ.Lookup(t, "__reversed__"); m != Null {
		if m == object.None {
			return Null, object.TypeError("'%s' object is not reversible", typ.Name)
		}
		return object.CallMethod0(t, seq, m)
	}
	if !isSequence(t, typ) {
		return Null, object.TypeError("'%s' object is not reversible", typ.Name)
	}
	n, err := object.Len(t, seq)
	if err != nil {
		return Null, err
	}
	return newIterObject(t, reversedType, seq, object.MakeInt(t, int64(n-1))), nil
}

// isSequence reports whether instances of typ support len() and integer
// indexing (CPython's PySequence_Check plus a length).
func isSequence(t *object.Thread, typ *object.Type) bool {
	if typ == object.DictType || typ.IsSubtype(object.DictType) {
		return false
	}
	if typ.Flags&object.FlagBuiltin != 0 {
		return typ.Slots.GetItem != nil && typ.Slots.Len != nil
	}
	return typ.Lookup(t, "__getitem__") != Null && typ.Lookup(t, "__len__") != Null
}

func reversedNext(t *object.Thread, r Value) (Value, error) {
	seq := object.Field(t, r, 0)
	if seq == Null {
		return Null, nil
	}
	i := object.Field(t, r, 1).SmallInt()
	if i >= 0 {
		x, err := object.GetItem(t, seq, object.MakeSmallInt(i))
		if err == nil {
			object.SetField(t, r, 1, object.MakeSmallInt(i-1))
			return x, nil
		}
		if !object.Matches(err, object.IndexErrorType) && !object.IsStopIteration(err) {
			return Null, err
		}
	}
	object.SetField(t, r, 0, Null)
	return Null, nil
}

// callable_iterator (iter(fn, sentinel)): field 0 the callable (Null when
// exhausted), field 1 the sentinel.
func newCallableIter(t *object.Thread, fn, sentinel Value) Value {
	return newIterObject(t, callableIterType, fn, sentinel)
}

func callableIterNext(t *object.Thread, c Value) (Value, error) {
	fn := object.Field(t, c, 0)
	if fn == Null {
		return Null, nil
	}
	x, err := object.Call(t, fn, nil, nil)
	if err != nil {
		if object.IsStopIteration(err) {
			object.SetField(t, c, 0, Null)
			return Null, nil
		}
		return Null, err
	}
	sentinel := object.Field(t, c, 1)
	eq := x == sentinel && !x.IsFloat()
	if !eq {
		if eq, err = object.Equal(t, x, sentinel); err != nil {
			return Null, err
		}
	}
	if eq {
		object.SetField(t, c, 0, Null)
		return Null, nil
	}
	return x, nil
}
