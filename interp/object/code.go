package object

import (
	"fmt"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/bytecode"
)

// Code objects and tracebacks: heap handles on the compiler's Go-side
// *bytecode.Code (which is immortal, so the handle is too).

var (
	codeClass uint32
	// CodeType is the type of code objects.
	CodeType *Type
)

func init() {
	OnBoot(0, func(t *Thread) {
		CodeType = builtinType(t, "code", 0, ObjectType)
		codeClass = newClassID(CodeType, nil, gc.ScanAll)
		CodeType.Class = codeClass
		CodeType.Slots.Repr = func(t *Thread, v Value) (string, error) {
			c := CodeOf(v)
			return fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, Identity(v), c.Filename, c.FirstLine), nil
		}
		TracebackType.Slots.GetAttr = tracebackGetAttr
	})
}

// NewCodeObject wraps a compiled code object as a guest value.
func NewCodeObject(t *Thread, c *bytecode.Code) Value {
	a := t.alloc(codeClass, wordsSize(1))
	store(a, off0, MakeSmallInt(int64(CodeHandle(c))))
	return FromAddr(a)
}

// IsCode reports whether v is a code object.
func IsCode(v Value) bool { return v.IsRef() && classOf(v) == codeClass }

// CodeOf returns the compiled code behind a code object.
func CodeOf(v Value) *bytecode.Code {
	return Handle(int(load(v.Addr(), off0).SmallInt())).(*bytecode.Code)
}

// Traceback layout: word 2 the next (inner) entry or None, word 3 the code
// handle, word 4 the line number, word 5 the instruction index, word 6 the
// frame's globals or None.
func NewTraceback(t *Thread, code *bytecode.Code, line, pc int, next Value) Value {
	return NewFrameTraceback(t, code, None, line, pc, next)
}

// NewFrameTraceback is NewTraceback for an entry that also records the
// globals of its frame (the NameError suggestion of the innermost entry
// looks names up there). The entry keeps them alive.
func NewFrameTraceback(t *Thread, code *bytecode.Code, globals Value, line, pc int, next Value) Value {
	a := t.alloc(tracebackClass, wordsSize(5))
	store(a, off0, next)
	store(a, off1, MakeSmallInt(int64(CodeHandle(code))))
	store(a, off2, MakeSmallInt(int64(line)))
	store(a, off3, MakeSmallInt(int64(pc)))
	store(a, off4, globals)
	return FromAddr(a)
}

// TracebackGlobals returns the globals of a traceback entry's frame, or
// None when they were not recorded.
func TracebackGlobals(v Value) Value { return load(v.Addr(), off4) }

// IsTraceback reports whether v is a traceback entry.
func IsTraceback(v Value) bool { return v.IsRef() && classOf(v) == tracebackClass }

// TracebackParts returns the fields of a traceback entry.
func TracebackParts(v Value) (next Value, code *bytecode.Code, line, pc int) {
	a := v.Addr()
	next = load(a, off0)
	code = Handle(int(load(a, off1).SmallInt())).(*bytecode.Code)
	return next, code, int(load(a, off2).SmallInt()), int(load(a, off3).SmallInt())
}

func tracebackGetAttr(t *Thread, v Value, name string) (Value, error) {
	next, _, line, pc := TracebackParts(v)
	switch name {
	case "tb_next":
		return next, nil
	case "tb_lineno":
		return MakeSmallInt(int64(line)), nil
	case "tb_lasti":
		return MakeSmallInt(int64(pc * 2)), nil
	}
	return Null, nil
}

// ExcSlot reads a fixed field of an exception instance.
func ExcSlot(t *Thread, exc Value, slot int) Value { return GetSlot(t, exc, slot) }

// SetExcSlot writes a fixed field of an exception instance.
func SetExcSlot(t *Thread, exc Value, slot int, v Value) { SetSlot(t, exc, slot, v) }
