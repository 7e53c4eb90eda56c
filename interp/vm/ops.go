package vm

import (
	"strings"

	"atompy.dev/atompy/interp/object"
)

// Operator fast paths and the remaining instruction helpers.

// binaryOp evaluates BINARY_OP, with small-int and float fast paths.
func (th *Thread) binaryOp(op object.BinOp, a, b Value) (Value, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		x, y := a.SmallInt(), b.SmallInt()
		base := op
		if base >= object.InplaceOffset {
			base -= object.InplaceOffset
		}
		switch base {
		case object.OpAdd:
			if r := x + y; object.FitsSmallInt(r) {
				return object.MakeSmallInt(r), nil
			}
		case object.OpSub:
			if r := x - y; object.FitsSmallInt(r) {
				return object.MakeSmallInt(r), nil
			}
		case object.OpMul:
			if x > -1<<23 && x < 1<<23 && y > -1<<23 && y < 1<<23 {
				return object.MakeSmallInt(x * y), nil
			}
		case object.OpAnd:
			return object.MakeSmallInt(x & y), nil
		case object.OpOr:
			return object.MakeSmallInt(x | y), nil
		case object.OpXor:
			return object.MakeSmallInt(x ^ y), nil
		case object.OpMod:
			if y != 0 {
				r := x % y
				if r != 0 && (r < 0) != (y < 0) {
					r += y // Python's modulo takes the divisor's sign
				}
				return object.MakeSmallInt(r), nil
			}
		case object.OpFloorDiv:
			if y != 0 {
				q := x / y
				if (x%y != 0) && ((x < 0) != (y < 0)) {
					q-- // floor, not truncation
				}
				if object.FitsSmallInt(q) { // min / -1 does not fit
					return object.MakeSmallInt(q), nil
				}
			}
		}
	}
	if x, y, ok := floatPair(a, b); ok {
		switch op {
		case object.OpAdd, object.OpAdd + object.InplaceOffset:
			return object.MakeFloat(x + y), nil
		case object.OpSub, object.OpSub + object.InplaceOffset:
			return object.MakeFloat(x - y), nil
		case object.OpMul, object.OpMul + object.InplaceOffset:
			return object.MakeFloat(x * y), nil
		case object.OpTrueDiv, object.OpTrueDiv + object.InplaceOffset:
			if y != 0 {
				return object.MakeFloat(x / y), nil
			}
		}
	}
	return object.BinaryOp(th.Thread, op, a, b)
}

// floatPair returns the operands as floats when one is a float and the
// other a float or a small int that converts exactly (|i| <= 2^53), the
// cases where Python's mixed arithmetic is plain float arithmetic.
func floatPair(a, b Value) (x, y float64, ok bool) {
	switch {
	case a.IsFloat() && b.IsFloat():
		return a.Float(), b.Float(), true
	case a.IsFloat() && b.IsSmallInt() && exactFloat(b.SmallInt()):
		return a.Float(), float64(b.SmallInt()), true
	case a.IsSmallInt() && b.IsFloat() && exactFloat(a.SmallInt()):
		return float64(a.SmallInt()), b.Float(), true
	}
	return 0, 0, false
}

func exactFloat(i int64) bool { return i >= -1<<53 && i <= 1<<53 }

// compare evaluates COMPARE_OP with small-int and float fast paths.
func (th *Thread) compare(a, b Value, op object.CompareOp) (Value, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		return object.Bool(ordered(a.SmallInt(), b.SmallInt(), op)), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return object.Bool(ordered(a.Float(), b.Float(), op)), nil
	}
	return object.RichCompare(th.Thread, a, b, op)
}

// ordered applies a comparison operator to two ordered Go values (IEEE
// semantics for floats: NaN compares false except with !=).
func ordered[T int64 | float64](x, y T, op object.CompareOp) bool {
	switch op {
	case object.LT:
		return x < y
	case object.LE:
		return x <= y
	case object.EQ:
		return x == y
	case object.NE:
		return x != y
	case object.GT:
		return x > y
	}
	return x >= y
}

// getItem evaluates BINARY_SUBSCR with a list fast path.
func (th *Thread) getItem(obj, key Value) (Value, error) {
	t := th.Thread
	if key.IsSmallInt() && obj.IsRef() {
		switch {
		case object.IsTuple(obj):
			// Tuples never change once built: plain loads, no barrier.
			if i, ok := seqIndex(key.SmallInt(), object.TupleLen(obj)); ok {
				return object.TupleItem(obj, i), nil
			}
		case object.IsList(obj):
			if i, ok := seqIndex(key.SmallInt(), object.ListLen(t, obj)); ok {
				return object.ListGet(t, obj, i), nil
			}
		}
	}
	return object.GetItem(t, obj, key)
}

// seqIndex resolves a (possibly negative) index into a sequence of n
// items; ok is false when it is out of range.
func seqIndex(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	return int(i), i >= 0 && i < int64(n)
}

func concatStrings(t *object.Thread, parts []Value) Value {
	var b strings.Builder
	for _, p := range parts {
		b.Write(object.StrView(p))
	}
	return object.NewStr(t, b.String())
}

func (th *Thread) listExtend(list, iterable Value) error {
	items, err := object.Collect(th.Thread, iterable)
	if err != nil {
		if object.Matches(err, object.TypeErrorType) && !isIterable(th, iterable) {
			return object.TypeError("Value after * must be an iterable, not %s", object.TypeName(iterable))
		}
		return err
	}
	for _, it := range items {
		object.ListAppend(th.Thread, list, it)
	}
	return nil
}

func isIterable(th *Thread, v Value) bool {
	_, err := object.Iter(th.Thread, v)
	return err == nil
}

func (th *Thread) setUpdate(set, iterable Value) error {
	items, err := object.Collect(th.Thread, iterable)
	if err != nil {
		return err
	}
	for _, it := range items {
		if err := object.SetAdd(th.Thread, set, it); err != nil {
			return err
		}
	}
	return nil
}

// dictUpdate merges mapping m into dict d; with fn != Null (DICT_MERGE for
// ** in calls) duplicate keys are an error naming the function.
func (th *Thread) dictUpdate(d, m, fn Value) error {
	t := th.Thread
	if !object.IsDict(m) {
		if fn != Null {
			if _, err := object.GetAttr(t, m, "keys"); err != nil {
				return object.TypeError("%s argument after ** must be a mapping, not %s", th.funcDesc(fn), object.TypeName(m))
			}
		}
		keysFn, err := object.GetAttr(t, m, "keys")
		if err != nil {
			return object.TypeError("'%s' object is not a mapping", object.TypeName(m))
		}
		keys, err := object.Call(t, keysFn, nil, nil)
		if err != nil {
			return err
		}
		ks, err := object.Collect(t, keys)
		if err != nil {
			return err
		}
		for _, k := range ks {
			v, err := object.GetItem(t, m, k)
			if err != nil {
				return err
			}
			if err := th.mergeOne(d, k, v, fn); err != nil {
				return err
			}
		}
		return nil
	}
	for pos := 0; ; {
		var k, v Value
		pos, k, v = object.DictNext(t, m, pos)
		if pos < 0 {
			return nil
		}
		if err := th.mergeOne(d, k, v, fn); err != nil {
			return err
		}
	}
}

func (th *Thread) mergeOne(d, k, v, fn Value) error {
	t := th.Thread
	if fn != Null {
		if !object.IsStr(k) {
			return object.TypeError("keywords must be strings")
		}
		if _, ok, _ := object.DictGet(t, d, k); ok {
			return object.TypeError("%s got multiple values for keyword argument '%s'", th.funcDesc(fn), object.StrGo(k))
		}
	}
	return object.DictSet(t, d, k, v)
}

// funcDesc names a callable in call errors: "f()" / "C.m()".
func (th *Thread) funcDesc(fn Value) string {
	if object.IsMethod(fn) {
		fn, _ = object.MethodParts(fn)
	}
	if object.IsFunction(fn) {
		mod := object.FuncField(th.Thread, fn, object.FuncModuleOff)
		if object.IsStr(mod) && object.StrGo(mod) != "builtins" {
			return object.StrGo(mod) + "." + funcQualname(th, fn) + "()"
		}
		return funcQualname(th, fn) + "()"
	}
	if n, err := object.GetAttr(th.Thread, fn, "__qualname__"); err == nil && object.IsStr(n) {
		return object.StrGo(n) + "()"
	}
	return object.TypeName(fn) + " object"
}

// unpackSequence implements UNPACK_SEQUENCE n.
func (th *Thread) unpackSequence(f *Frame, n int) error {
	seq := f.Stack[f.SP-1]
	var items []Value
	if object.IsTuple(seq) {
		items = object.TupleItems(seq)
	} else if object.IsList(seq) {
		items = object.ListItems(th.Thread, seq)
	} else {
		var err error
		items, err = th.collectAtMost(seq, n)
		if err != nil {
			return err
		}
	}
	if len(items) != n {
		return unpackError(len(items), n)
	}
	f.SP--
	for i := n - 1; i >= 0; i-- {
		f.push(items[i])
	}
	return nil
}

func unpackError(got, want int) error {
	if got < want {
		return object.ValueError("not enough values to unpack (expected %d, got %d)", want, got)
	}
	return object.ValueError("too many values to unpack (expected %d)", want)
}

// collectAtMost iterates v, stopping after n+1 items (so an infinite
// iterator still gets the "too many values" error).
func (th *Thread) collectAtMost(v Value, n int) ([]Value, error) {
	it, err := object.Iter(th.Thread, v)
	if err != nil {
		if object.Matches(err, object.TypeErrorType) {
			return nil, object.TypeError("cannot unpack non-iterable %s object", object.TypeName(v))
		}
		return nil, err
	}
	var out []Value
	for len(out) <= n {
		x, err := object.Next(th.Thread, it)
		if err != nil {
			return nil, err
		}
		if x == Null {
			break
		}
		out = append(out, x)
	}
	return out, nil
}

// unpackEx implements UNPACK_EX: a, *b, c = seq.
func (th *Thread) unpackEx(f *Frame, before, after int) error {
	seq := f.Stack[f.SP-1]
	items, err := object.Collect(th.Thread, seq)
	if err != nil {
		if object.Matches(err, object.TypeErrorType) && !isIterable(th, seq) {
			return object.TypeError("cannot unpack non-iterable %s object", object.TypeName(seq))
		}
		return err
	}
	if len(items) < before+after {
		return object.ValueError("not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	f.SP--
	for i := len(items) - 1; i >= len(items)-after; i-- {
		f.push(items[i])
	}
	f.push(object.NewList(th.Thread, items[before:len(items)-after]))
	for i := before - 1; i >= 0; i-- {
		f.push(items[i])
	}
	return nil
}

// formatValue implements FORMAT_VALUE.
func (th *Thread) formatValue(f *Frame, flags int) error {
	t := th.Thread
	spec := ""
	if flags&4 != 0 {
		f.SP--
		spec = object.StrGo(f.Stack[f.SP])
	}
	v := f.Stack[f.SP-1]
	var err error
	switch flags & 3 {
	case 1:
		var s string
		s, err = object.Str(t, v)
		v = object.NewStr(t, s)
	case 2:
		var s string
		s, err = object.Repr(t, v)
		v = object.NewStr(t, s)
	case 3:
		var s string
		s, err = object.Ascii(t, v)
		v = object.NewStr(t, s)
	}
	if err != nil {
		return err
	}
	if spec == "" && object.IsStr(v) {
		f.Stack[f.SP-1] = v
		return nil
	}
	s, err := object.Format(t, v, spec)
	if err != nil {
		return err
	}
	f.Stack[f.SP-1] = object.NewStr(t, s)
	return nil
}
