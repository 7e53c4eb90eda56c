package builtins

import (
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The _bisect module: the binary searches of bisect in Go (lib/bisect.py
// imports them over its Python definitions, as CPython's bisect imports
// _bisect), because B-trees and sorted-list code call them in hot loops.

func init() { registerGoModule("_bisect", buildBisect) }

func buildBisect(th *vm.Thread) (Value, error) {
	b := newModule(th, "_bisect")
	b.fn("bisect_left", bisectFn("bisect_left", false, false))
	b.fn("bisect_right", bisectFn("bisect_right", true, false))
	b.fn("insort_left", bisectFn("insort_left", false, true))
	b.fn("insort_right", bisectFn("insort_right", true, true))
	return b.mod, nil
}

// bisectFn makes one of the four functions: right selects bisect_right
// semantics, insort inserts x at the position found.
func bisectFn(name string, right, insort bool) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		var a, x, loV, hiV, key Value
		if err := object.UnpackArgs(name, args, kw, []string{"a", "x", "lo?", "hi?", "*", "key?"}, &a, &x, &loV, &hiV, &key); err != nil {
			return Null, err
		}
		lo, hi, err := bisectBounds(t, a, loV, hiV)
		if err != nil {
			return Null, err
		}
		if key == object.None {
			key = Null
		}
		target := x
		if insort && key != Null {
			if target, err = object.Call(t, key, []Value{x}, nil); err != nil {
				return Null, err
			}
		}
		i, err := bisectSearch(t, a, target, lo, hi, key, right)
		if err != nil {
			return Null, err
		}
		if !insort {
			return object.MakeInt(t, int64(i)), nil
		}
		m, err := object.GetAttr(t, a, "insert")
		if err != nil {
			return Null, err
		}
		if _, err := object.Call(t, m, []Value{object.MakeInt(t, int64(i)), x}, nil); err != nil {
			return Null, err
		}
		return object.None, nil
	}
}

// bisectBounds applies the defaults and checks of lo and hi (hi None or -1
// means len(a)).
func bisectBounds(t *object.Thread, a, loV, hiV Value) (lo, hi int, err error) {
	if loV != Null {
		if lo, err = object.AsIndex(t, loV); err != nil {
			return 0, 0, err
		}
	}
	if lo < 0 {
		return 0, 0, object.ValueError("lo must be non-negative")
	}
	if hiV != Null && hiV != object.None {
		if hi, err = object.AsIndex(t, hiV); err != nil {
			return 0, 0, err
		}
		if hi != -1 {
			return lo, hi, nil
		}
	}
	hi, err = object.Len(t, a)
	return lo, hi, err
}

// bisectSearch is the binary search over a[lo:hi], comparing key(a[mid])
// (or a[mid]) with x using < only.
func bisectSearch(t *object.Thread, a, x Value, lo, hi int, key Value, right bool) (int, error) {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		var item Value
		var err error
		if object.IsList(a) && mid < object.ListLen(t, a) {
			item = object.ListGet(t, a, mid)
		} else if item, err = object.GetItem(t, a, object.MakeInt(t, int64(mid))); err != nil {
			return 0, err
		}
		if key != Null {
			if item, err = object.Call(t, key, []Value{item}, nil); err != nil {
				return 0, err
			}
		}
		var less bool
		if right {
			less, err = object.Less(t, x, item)
		} else {
			less, err = object.Less(t, item, x)
		}
		if err != nil {
			return 0, err
		}
		if less == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
