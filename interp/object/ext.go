package object

import "atompy.dev/atompy/gc"

// Helpers for packages above the object model (the interpreter, the
// built-in modules) that define their own heap-backed types: generators,
// file objects, module-specific iterators. Such objects are plain word
// arrays: field i lives at header + 8*i.

// NewBuiltinType creates a built-in type deriving from bases (object when
// none) and returns it with a fresh class id for its instances.
func NewBuiltinType(t *Thread, name string, scan gc.ScanKind, bases ...*Type) *Type {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	typ := builtinType(t, name, 0, bases...)
	typ.Class = newClassID(typ, nil, scan)
	return typ
}

// AllocObject allocates an instance of a built-in type with n fields, all
// Null.
func AllocObject(t *Thread, typ *Type, n int) Value {
	return FromAddr(t.alloc(typ.Class, wordsSize(n)))
}

// Field reads field i of an object made by AllocObject (barriered).
func Field(t *Thread, v Value, i int) Value {
	return t.read(v.Addr(), gc.HeaderSize+uintptr(i)*gc.WordSize)
}

// SetField writes field i of an object made by AllocObject (barriered).
func SetField(t *Thread, v Value, i int, x Value) {
	t.write(v.Addr(), gc.HeaderSize+uintptr(i)*gc.WordSize, x)
}

// HasClass reports whether v is a heap object of exactly typ's layout.
func HasClass(v Value, typ *Type) bool { return v.IsRef() && classOf(v) == typ.Class }

// RawField reads field i without a barrier: only for fields that never
// change after the object is initialised.
func RawField(v Value, i int) Value {
	return load(v.Addr(), gc.HeaderSize+uintptr(i)*gc.WordSize)
}
