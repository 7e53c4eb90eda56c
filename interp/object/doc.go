// Package object is atompy's value model: guest values as 64-bit words,
// guest objects in the gc arena, the built-in types and the generic
// operations (CPython's "abstract object layer") that the interpreter and
// the built-ins are written in.
//
// # Values
//
// A Value is a NaN-boxed word (value.go): floats unboxed, ints of up to 48
// bits inline, None/True/False/NotImplemented/Ellipsis as constants, and
// everything else a reference, i.e. the arena address of an object. No Go
// pointer ever lives in the arena; Go-side data that an object needs (code
// objects, built-in functions, generator frames) is reached through the
// handle table (handles.go).
//
// # Objects
//
// Every object starts with the two header words of package gc: word 0 holds
// the class id, word 1 the STM word. A class id names either a built-in
// layout (boot.go assigns them) or a Shape, the hidden class of instances
// of user classes (shape.go): attributes live in slots at fixed offsets,
// and the shape tells which name is in which slot, so an attribute load is
// a class-id check and a load, which the interpreter's inline caches and
// the future JIT rely on. The layouts of str, tuple, list, dict, function,
// ... are documented next to their code.
//
// # Types
//
// A Type (types.go) is the Go side of a class. Built-in types carry their
// behaviour as Go functions in Slots, in the manner of CPython's tp_*
// slots, and their attributes in an immutable Go map; user classes keep
// their namespace in a heap dict. The generic operations (protocol.go,
// ops.go, attr.go) take the slot fast path for built-in types and look up
// dunder methods along the C3 MRO for user classes; built-in slots are also
// published as dunder methods (coretypes.go), so super() calls, explicit
// int.__add__(...) and user subclasses of built-ins all work by lookup.
// Instances of user subclasses of a built-in type keep the built-in
// payload in a hidden first slot (BaseSlot).
//
// # Transactions
//
// Every function takes the thread context (*Thread): its STM transaction
// and its allocator. Mutable fields are read and written only through
// Thread.read/write, the stm barriers; immutable data (str bytes, tuple
// items, int limbs) is read directly. See package stm for the contract.
//
// # Errors
//
// Python exceptions travel through Go as *Exception errors, created lazily
// without a heap instance (error.go) until guest code needs one.
package object
