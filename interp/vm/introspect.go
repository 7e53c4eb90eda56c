package vm

import (
	"atompy.dev/atompy/interp/object"
)

// Introspection for built-ins that look at the calling frame: super(),
// globals(), locals(), vars(), dir().

// CallerFrame returns the innermost Python frame: the one that called the
// built-in now running.
func (th *Thread) CallerFrame() *Frame { return th.frame }

// SuperArgs finds the implicit arguments of a zero-argument super() call:
// the __class__ cell of the calling method and its first argument.
func (th *Thread) SuperArgs() (*object.Type, Value, error) {
	f := th.frame
	if f == nil || f.Code.ArgCount == 0 && f.Code.Flags&0x1 == 0 {
		return nil, Null, object.NewError(object.RuntimeErrorType, "super(): no arguments")
	}
	first := f.Fast[0]
	for i, name := range f.Code.Cellvars {
		if i < len(f.Code.Cell2Arg) && f.Code.Cell2Arg[i] == 0 {
			first = object.CellGet(th.Thread, f.Cells[i])
		}
		_ = name
	}
	if first == Null {
		return nil, Null, object.NewError(object.RuntimeErrorType, "super(): arg[0] deleted")
	}
	for i, name := range f.Code.Freevars {
		if name != "__class__" {
			continue
		}
		c := object.CellGet(th.Thread, f.Cells[len(f.Code.Cellvars)+i])
		cls := object.AsType(c)
		if cls == nil {
			return nil, Null, object.NewError(object.RuntimeErrorType, "super(): empty __class__ cell")
		}
		return cls, first, nil
	}
	return nil, Null, object.NewError(object.RuntimeErrorType, "super(): __class__ cell not found")
}

// Locals returns the local namespace of the calling frame as a dict (a
// snapshot in functions, the namespace itself in module and class bodies).
func (th *Thread) Locals() Value {
	t := th.Thread
	f := th.frame
	if f.Locals != Null {
		return f.Locals
	}
	d := object.NewDict(t)
	for i, name := range f.Code.Varnames {
		if v := f.Fast[i]; v != Null {
			object.DictSetStr(t, d, name, v)
		}
	}
	for i, name := range append(append([]string(nil), f.Code.Cellvars...), f.Code.Freevars...) {
		if v := object.CellGet(t, f.Cells[i]); v != Null {
			object.DictSetStr(t, d, name, v)
		}
	}
	return d
}
