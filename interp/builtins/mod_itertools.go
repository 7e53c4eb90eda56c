package builtins

import (
	"fmt"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// Module _itertools: the iterators of itertools whose per-item work is
// index arithmetic (count, repeat and the four combinatoric iterators),
// written in Go because in Python each item costs a dozen bytecodes (the
// combinatorics ran 15 to 40 times slower than CPython's C). The rest of
// itertools is Python (lib/itertools.py), which re-exports these types.
//
// Each type's instances are word arrays (object.AllocObject). The
// combinatoric iterators keep their index vector in the object itself, as
// small ints in fields after a fixed header, so they hold no Go-side state
// and the collector sees everything; field 0 is the pool (or tuple of
// pools), set to Null once the iterator is exhausted.

func init() {
	registerGoModule("_itertools", buildItertools)
	object.OnBoot(60, bootItertools)
}

var (
	countType, repeatType, productType, permutationsType *object.Type
	combinationsType, combinationsWRType                 *object.Type
)

func bootItertools(t *object.Thread) {
	mk := func(name string, n func(*object.Thread, *object.Type, []Value, []string) (Value, error),
		next func(*object.Thread, Value) (Value, error)) *object.Type {
		typ := object.NewBuiltinType(t, name, gc.ScanAll)
		typ.Module = "itertools"
		typ.Slots.New = n
		typ.Slots.Iter = func(t *object.Thread, v Value) (Value, error) { return v, nil }
		typ.Slots.Next = next
		typ.Slots.Repr = func(t *object.Thread, v Value) (string, error) {
			return fmt.Sprintf("<itertools.%s object at %#x>", name, object.Identity(v)), nil
		}
		return typ
	}
	countType = mk("count", countNew, countNext)
	countType.Slots.Repr = countRepr
	repeatType = mk("repeat", repeatNew, repeatNext)
	repeatType.Slots.Repr = repeatRepr
	productType = mk("product", productNew, productNext)
	permutationsType = mk("permutations", permutationsNew, permutationsNext)
	combinationsType = mk("combinations", combinationsNew, combinationsNext)
	combinationsWRType = mk("combinations_with_replacement", combinationsWRNew, combinationsWRNext)
}

func buildItertools(th *vm.Thread) (Value, error) {
	b := newModule(th, "_itertools")
	for _, typ := range []*object.Type{countType, repeatType, productType, permutationsType,
		combinationsType, combinationsWRType} {
		b.set(typ.Name, typ.Ref)
	}
	return b.mod, nil
}

// clinicArgs binds args (positional, then the keyword values named by kw)
// to names, with the messages of CPython's argument clinic. The first
// required names must be given; the others come back Null when absent.
func clinicArgs(fname string, args []Value, kw []string, names []string, required int) ([]Value, error) {
	npos := len(args) - len(kw)
	if npos > len(names) {
		return nil, object.TypeError("%s() takes at most %d argument%s (%d given)",
			fname, len(names), plural(len(names)), npos)
	}
	out := make([]Value, len(names))
	copy(out, args[:npos])
	for i, k := range kw {
		j := indexOfName(names, k)
		if j < 0 {
			return nil, invalidKeyword(k, fname)
		}
		if j < npos {
			return nil, object.TypeError("argument for %s() given by name ('%s') and position (%d)",
				fname, k, j+1)
		}
		out[j] = args[npos+i]
	}
	for j := 0; j < required; j++ {
		if out[j] == Null {
			return nil, object.TypeError("%s() missing required argument '%s' (pos %d)",
				fname, names[j], j+1)
		}
	}
	return out, nil
}

func indexOfName(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// poolOf returns tuple(iterable).
func poolOf(t *object.Thread, iterable Value) (Value, error) {
	if object.IsTuple(iterable) {
		return iterable, nil
	}
	items, err := object.Collect(t, iterable)
	if err != nil {
		return Null, err
	}
	return object.NewTuple(t, items), nil
}

// smallField reads a field that holds a small int.
func smallField(t *object.Thread, v Value, i int) int {
	return int(object.Field(t, v, i).SmallInt())
}

func setSmallField(t *object.Thread, v Value, i, n int) {
	object.SetField(t, v, i, object.MakeSmallInt(int64(n)))
}

// ---- count: field 0 the next value, field 1 the step ----

func countNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("count", args, kw, []string{"start", "step"}, 0)
	if err != nil {
		return Null, err
	}
	start, step := a[0], a[1]
	if start == Null {
		start = object.MakeSmallInt(0)
	}
	if step == Null {
		step = object.MakeSmallInt(1)
	}
	if !isNumber(t, start) || !isNumber(t, step) {
		return Null, object.TypeError("a number is required")
	}
	// CPython counts bools as the ints they are: next(count(True)) is 1.
	return newIterObject(t, countType, boolAsInt(start), boolAsInt(step)), nil
}

func boolAsInt(v Value) Value {
	if v == object.True {
		return object.MakeSmallInt(1)
	}
	if v == object.False {
		return object.MakeSmallInt(0)
	}
	return v
}

// isNumber is CPython's PyNumber_Check: what int(), float() or complex()
// could convert.
func isNumber(t *object.Thread, v Value) bool {
	if object.IsIntOrBool(v) || v.IsFloat() || object.IsInstance(v, object.ComplexType) {
		return true
	}
	typ := object.TypeOf(v)
	if typ.Slots.Index != nil {
		return true
	}
	for _, name := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if typ.Lookup(t, name) != Null {
			return true
		}
	}
	return false
}

func countNext(t *object.Thread, c Value) (Value, error) {
	n := object.Field(t, c, 0)
	next, err := addFast(t, n, object.Field(t, c, 1))
	if err != nil {
		return Null, err
	}
	object.SetField(t, c, 0, next)
	return n, nil
}

func countRepr(t *object.Thread, c Value) (string, error) {
	n, err := object.Repr(t, object.Field(t, c, 0))
	if err != nil {
		return "", err
	}
	step := object.Field(t, c, 1)
	if step.IsSmallInt() && step.SmallInt() == 1 {
		return "count(" + n + ")", nil
	}
	s, err := object.Repr(t, step)
	if err != nil {
		return "", err
	}
	return "count(" + n + ", " + s + ")", nil
}

// ---- repeat: field 0 the object, field 1 the times left (-1: forever) ----

func repeatNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("repeat", args, kw, []string{"object", "times"}, 1)
	if err != nil {
		return Null, err
	}
	left := -1
	if a[1] != Null {
		if left, err = object.AsIndex(t, a[1]); err != nil {
			return Null, err
		}
		left = max(left, 0)
	}
	return newIterObject(t, repeatType, a[0], object.MakeSmallInt(int64(left))), nil
}

func repeatNext(t *object.Thread, r Value) (Value, error) {
	left := smallField(t, r, 1)
	if left == 0 {
		return Null, nil
	}
	if left > 0 {
		setSmallField(t, r, 1, left-1)
	}
	return object.Field(t, r, 0), nil
}

func repeatRepr(t *object.Thread, r Value) (string, error) {
	s, err := object.Repr(t, object.Field(t, r, 0))
	if err != nil {
		return "", err
	}
	if left := smallField(t, r, 1); left >= 0 {
		return fmt.Sprintf("repeat(%s, %d)", s, left), nil
	}
	return "repeat(" + s + ")", nil
}

// ---- the combinatoric iterators ----
//
// Layout: field 0 the pool (product: a tuple of pools), field 1 r (unused
// by product), field 2 False until the first item is produced, fields 3...
// the index vector.

const combIdx = 3

// newComb allocates a combinatoric iterator with an index vector of n
// entries set by init.
func newComb(t *object.Thread, typ *object.Type, pool Value, r, n int, init func(i int) int) Value {
	v := object.AllocObject(t, typ, combIdx+n)
	object.SetField(t, v, 0, pool)
	setSmallField(t, v, 1, r)
	object.SetField(t, v, 2, object.False)
	for i := 0; i < n; i++ {
		setSmallField(t, v, combIdx+i, init(i))
	}
	return v
}

// firstCall reports whether this is the iterator's first item, and
// records that it no longer is.
func firstCall(t *object.Thread, v Value) bool {
	if object.Field(t, v, 2) == object.True {
		return false
	}
	object.SetField(t, v, 2, object.True)
	return true
}

// exhaust marks an iterator finished.
func exhaust(t *object.Thread, v Value) (Value, error) {
	object.SetField(t, v, 0, Null)
	return Null, nil
}

// pick returns the tuple of pool items at the first r indices.
func pick(t *object.Thread, v, pool Value, r int) Value {
	items := make([]Value, r)
	for i := range items {
		items[i] = object.TupleItem(pool, smallField(t, v, combIdx+i))
	}
	return object.NewTuple(t, items)
}

// rArg checks the r argument of combinations and its kin.
func rArg(t *object.Thread, r Value) (int, error) {
	n, err := object.AsIndex(t, r)
	if err == nil && n < 0 {
		err = object.ValueError("r must be non-negative")
	}
	return n, err
}

func productNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	repeat := 1
	for i, k := range kw {
		if k != "repeat" {
			return Null, invalidKeyword(k, "product")
		}
		n, err := object.AsIndex(t, args[npos+i])
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, object.ValueError("repeat argument cannot be negative")
		}
		repeat = n
	}
	pools := make([]Value, 0, npos*repeat)
	for _, a := range args[:npos] {
		p, err := poolOf(t, a)
		if err != nil {
			return Null, err
		}
		pools = append(pools, p)
	}
	for i := 1; i < repeat; i++ {
		pools = append(pools, pools[:npos]...)
	}
	if repeat == 0 {
		pools = pools[:0]
	}
	return newComb(t, productType, object.NewTuple(t, pools), 0, len(pools), func(int) int { return 0 }), nil
}

// productNext advances an odometer: the last pool turns fastest.
func productNext(t *object.Thread, v Value) (Value, error) {
	pools := object.Field(t, v, 0)
	if pools == Null {
		return Null, nil
	}
	k := object.TupleLen(pools)
	if firstCall(t, v) {
		for i := 0; i < k; i++ {
			if object.TupleLen(object.TupleItem(pools, i)) == 0 {
				return exhaust(t, v)
			}
		}
	} else {
		i := k - 1
		for ; i >= 0; i-- {
			j := smallField(t, v, combIdx+i) + 1
			if j < object.TupleLen(object.TupleItem(pools, i)) {
				setSmallField(t, v, combIdx+i, j)
				break
			}
			setSmallField(t, v, combIdx+i, 0)
		}
		if i < 0 {
			return exhaust(t, v)
		}
	}
	items := make([]Value, k)
	for i := range items {
		items[i] = object.TupleItem(object.TupleItem(pools, i), smallField(t, v, combIdx+i))
	}
	return object.NewTuple(t, items), nil
}

func permutationsNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("permutations", args, kw, []string{"iterable", "r"}, 1)
	if err != nil {
		return Null, err
	}
	pool, err := poolOf(t, a[0])
	if err != nil {
		return Null, err
	}
	n := object.TupleLen(pool)
	r := n
	if a[1] != Null && a[1] != object.None {
		if !object.IsIntOrBool(a[1]) {
			return Null, object.TypeError("Expected int as r")
		}
		if r, err = rArg(t, a[1]); err != nil {
			return Null, err
		}
	}
	return newComb(t, permutationsType, pool, r, n, func(i int) int { return i }), nil
}

// permutationsNext steps the index vector (all n positions) to the next
// permutation in lexicographic order; reversing the tail beyond r first
// skips the orderings that differ only after position r, so each r-prefix
// comes once, in CPython's order.
func permutationsNext(t *object.Thread, v Value) (Value, error) {
	pool := object.Field(t, v, 0)
	if pool == Null {
		return Null, nil
	}
	n, r := object.TupleLen(pool), smallField(t, v, 1)
	if r > n {
		return exhaust(t, v)
	}
	if !firstCall(t, v) {
		at := func(i int) int { return smallField(t, v, combIdx+i) }
		set := func(i, x int) { setSmallField(t, v, combIdx+i, x) }
		reverse := func(lo, hi int) { // reverses positions lo..hi-1
			for hi--; lo < hi; lo, hi = lo+1, hi-1 {
				x, y := at(lo), at(hi)
				set(lo, y)
				set(hi, x)
			}
		}
		reverse(r, n)
		i := n - 2
		for i >= 0 && at(i) > at(i+1) {
			i--
		}
		if i < 0 || r == 0 {
			return exhaust(t, v)
		}
		j := n - 1
		for at(j) < at(i) {
			j--
		}
		x, y := at(i), at(j)
		set(i, y)
		set(j, x)
		reverse(i+1, n)
	}
	return pick(t, v, pool, r), nil
}

func combinationsNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("combinations", args, kw, []string{"iterable", "r"}, 2)
	if err != nil {
		return Null, err
	}
	pool, err := poolOf(t, a[0])
	if err != nil {
		return Null, err
	}
	r, err := rArg(t, a[1])
	if err != nil {
		return Null, err
	}
	return newComb(t, combinationsType, pool, r, r, func(i int) int { return i }), nil
}

// combinationsNext: strictly increasing index vectors; bump the rightmost
// index that has room and make the ones after it consecutive.
func combinationsNext(t *object.Thread, v Value) (Value, error) {
	pool := object.Field(t, v, 0)
	if pool == Null {
		return Null, nil
	}
	n, r := object.TupleLen(pool), smallField(t, v, 1)
	if r > n {
		return exhaust(t, v)
	}
	if !firstCall(t, v) {
		i := r - 1
		for i >= 0 && smallField(t, v, combIdx+i) == n-r+i {
			i--
		}
		if i < 0 {
			return exhaust(t, v)
		}
		j := smallField(t, v, combIdx+i) + 1
		for p := i; p < r; p, j = p+1, j+1 {
			setSmallField(t, v, combIdx+p, j)
		}
	}
	return pick(t, v, pool, r), nil
}

func combinationsWRNew(t *object.Thread, _ *object.Type, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("combinations_with_replacement", args, kw, []string{"iterable", "r"}, 2)
	if err != nil {
		return Null, err
	}
	pool, err := poolOf(t, a[0])
	if err != nil {
		return Null, err
	}
	r, err := rArg(t, a[1])
	if err != nil {
		return Null, err
	}
	return newComb(t, combinationsWRType, pool, r, r, func(int) int { return 0 }), nil
}

// combinationsWRNext: non-decreasing index vectors; bump the rightmost
// index below n-1 and set the ones after it to the same value.
func combinationsWRNext(t *object.Thread, v Value) (Value, error) {
	pool := object.Field(t, v, 0)
	if pool == Null {
		return Null, nil
	}
	n, r := object.TupleLen(pool), smallField(t, v, 1)
	if n == 0 && r > 0 {
		return exhaust(t, v)
	}
	if !firstCall(t, v) {
		i := r - 1
		for i >= 0 && smallField(t, v, combIdx+i) == n-1 {
			i--
		}
		if i < 0 {
			return exhaust(t, v)
		}
		j := smallField(t, v, combIdx+i) + 1
		for p := i; p < r; p++ {
			setSmallField(t, v, combIdx+p, j)
		}
	}
	return pick(t, v, pool, r), nil
}
