package object

import (
	"sort"
	"sync"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/stm"
)

// Class ids of the built-in layouts. They are assigned at boot, in this
// order, so they are stable for a given binary (the JIT may embed them).
var (
	typeClass      uint32
	tupleClass     uint32
	arrayClass     uint32
	strClass       uint32
	bytesClass     uint32
	bytearrayClass uint32
	bigintClass    uint32
	complexClass   uint32
	listClass      uint32
	dictClass      uint32
	setClass       uint32
	frozensetClass uint32
	rangeClass     uint32
	sliceClass     uint32
	functionClass  uint32
	builtinClass   uint32
	methodClass    uint32
	cellClass      uint32
	moduleClass    uint32
	propertyClass  uint32
	staticClass    uint32
	classmethClass uint32
	objectClass    uint32
	tracebackClass uint32
	superClass     uint32
	iterClass      uint32 // built-in iterators: Go state behind a handle
)

// The built-in types.
var (
	ObjectType, TypeType                                      *Type
	NoneType, NotImplementedType, EllipsisType                *Type
	IntType, BoolType, FloatType, ComplexType                 *Type
	StrType, BytesType, ByteArrayType                         *Type
	TupleType, ListType, DictType, SetType, FrozenSetType     *Type
	RangeType, SliceType                                      *Type
	FunctionType, BuiltinFunctionType, MethodType, CellType   *Type
	ModuleType, PropertyType, StaticMethodType, ClassMethType *Type
	TracebackType, SuperType, IteratorType                    *Type
)

// Runtime is the process-wide state of the object model: one heap, one STM
// runtime. The object model supports one runtime per process; Boot creates
// it and tests share it.
type Runtime struct {
	Heap *gc.Heap
	STM  *stm.Runtime
}

var (
	bootOnce sync.Once
	rt       *Runtime
	bootErr  error
	// bootMain is the thread context used while booting.
	bootMain *Thread
)

// bootHook is one step of boot, run in order of prio (lower first).
type bootHook struct {
	prio int
	f    func(t *Thread)
}

var bootHooks []bootHook

// OnBoot registers f to run at boot after the core types exist. Files that
// define the methods of a built-in type call it from init. Lower prio runs
// first; ties run in registration order.
func OnBoot(prio int, f func(t *Thread)) { bootHooks = append(bootHooks, bootHook{prio, f}) }

// Boot creates the process-wide runtime on first call and returns it along
// with a thread context for the calling goroutine (the main thread).
func Boot(cfg gc.Config, mode stm.Mode) (*Runtime, *Thread, error) {
	bootOnce.Do(func() {
		h, err := gc.New(cfg)
		if err != nil {
			bootErr = err
			return
		}
		lo, hi := h.Range()
		rt = &Runtime{Heap: h, STM: stm.NewRuntime(mode, lo, hi)}
		h.AddWeakHook(sweepHandles)
		h.AddRoots(scanTypeRoots)
		t := rt.NewThread()
		t.TX.Begin()
		bootMain = t
		bootCore(t)
		sort.SliceStable(bootHooks, func(i, j int) bool { return bootHooks[i].prio < bootHooks[j].prio })
		for _, hk := range bootHooks {
			hk.f(t)
		}
		// Boot filled namespaces after some lookups ran: forget them.
		AllTypes(func(typ *Type) { typ.ForgetLookups() })
		t.TX.Commit()
	})
	if bootErr != nil {
		return nil, nil, bootErr
	}
	return rt, bootMain, nil
}

// NewThread returns a context for a new guest thread (its transaction is
// not started).
func (r *Runtime) NewThread() *Thread {
	alloc := r.Heap.NewAllocator()
	return &Thread{TX: r.STM.NewTx(alloc), Alloc: alloc}
}

// Current returns the runtime created by Boot.
func Current() *Runtime { return rt }

// scanTypeRoots marks what the Go side of the object model holds: type
// objects, their attribute tables, interned constants.
func scanTypeRoots(mark func(w uint64)) {
	for _, typ := range types {
		mark(uint64(typ.Ref))
		mark(uint64(typ.Dict))
		for _, v := range typ.Attrs {
			mark(uint64(v))
		}
	}
	for _, v := range roots {
		mark(uint64(*v))
	}
}

// roots are Go variables holding heap values that live forever.
var roots []*Value

// KeepAlive registers a Go variable as a permanent root.
func KeepAlive(v *Value) { roots = append(roots, v) }

// builtinType creates a built-in type with the given bases.
func builtinType(t *Thread, name string, flags TypeFlags, bases ...*Type) *Type {
	typ := &Type{Name: name, Qualname: name, Module: "builtins", Flags: flags | FlagBuiltin,
		Attrs: map[string]Value{}, Bases: bases}
	mro, err := C3(typ, bases)
	if err != nil {
		panic("BUG: " + err.Error())
	}
	typ.MRO = mro
	typ.Solid = typ
	typ.register(t)
	return typ
}

// bootCore creates the class ids and the type objects every other part of
// the object model relies on.
func bootCore(t *Thread) {
	typeClass = newClassID(nil, nil, gc.ScanAll)
	// TypeType and ObjectType are circular: make them, then fix up.
	ObjectType = &Type{Name: "object", Qualname: "object", Module: "builtins", Flags: FlagBuiltin | FlagBaseType, Attrs: map[string]Value{}}
	ObjectType.MRO = []*Type{ObjectType}
	ObjectType.Solid = ObjectType
	ObjectType.register(t)
	TypeType = builtinType(t, "type", FlagBaseType, ObjectType)
	classes[typeClass].typ = TypeType
	objectClass = newClassID(ObjectType, nil, gc.ScanAll)
	ObjectType.Class = objectClass

	mk := func(name string, flags TypeFlags, cls *uint32, scan gc.ScanKind, bases ...*Type) *Type {
		if len(bases) == 0 {
			bases = []*Type{ObjectType}
		}
		typ := builtinType(t, name, flags, bases...)
		if cls != nil {
			*cls = newClassID(typ, nil, scan)
			typ.Class = *cls
		}
		return typ
	}
	NoneType = mk("NoneType", 0, nil, gc.ScanAll)
	NotImplementedType = mk("NotImplementedType", 0, nil, gc.ScanAll)
	EllipsisType = mk("ellipsis", 0, nil, gc.ScanAll)
	IntType = mk("int", FlagBaseType, &bigintClass, gc.ScanNone)
	BoolType = mk("bool", 0, nil, gc.ScanAll, IntType)
	FloatType = mk("float", FlagBaseType, nil, gc.ScanAll)
	ComplexType = mk("complex", FlagBaseType, &complexClass, gc.ScanNone)
	StrType = mk("str", FlagBaseType, &strClass, gc.ScanNone)
	BytesType = mk("bytes", FlagBaseType, &bytesClass, gc.ScanNone)
	ByteArrayType = mk("bytearray", FlagBaseType, &bytearrayClass, gc.ScanAll)
	TupleType = mk("tuple", FlagBaseType, &tupleClass, gc.ScanAll)
	arrayClass = newClassID(TupleType, nil, gc.ScanAll)
	ListType = mk("list", FlagBaseType, &listClass, gc.ScanAll)
	DictType = mk("dict", FlagBaseType, &dictClass, gc.ScanAll)
	SetType = mk("set", FlagBaseType, &setClass, gc.ScanAll)
	FrozenSetType = mk("frozenset", FlagBaseType, &frozensetClass, gc.ScanAll)
	RangeType = mk("range", 0, &rangeClass, gc.ScanAll)
	SliceType = mk("slice", 0, &sliceClass, gc.ScanAll)
	FunctionType = mk("function", 0, &functionClass, gc.ScanAll)
	BuiltinFunctionType = mk("builtin_function_or_method", 0, &builtinClass, gc.ScanAll)
	MethodType = mk("method", 0, &methodClass, gc.ScanAll)
	CellType = mk("cell", 0, &cellClass, gc.ScanAll)
	ModuleType = mk("module", FlagBaseType, &moduleClass, gc.ScanAll)
	PropertyType = mk("property", FlagBaseType, &propertyClass, gc.ScanAll)
	StaticMethodType = mk("staticmethod", FlagBaseType, &staticClass, gc.ScanAll)
	ClassMethType = mk("classmethod", FlagBaseType, &classmethClass, gc.ScanAll)
	TracebackType = mk("traceback", 0, &tracebackClass, gc.ScanAll)
	SuperType = mk("super", FlagBaseType, &superClass, gc.ScanAll)
	IteratorType = mk("iterator", 0, &iterClass, gc.ScanAll)

	emptyTuple = NewTuple(t, nil)
	KeepAlive(&emptyTuple)
	emptyStr = NewStr(t, "")
	KeepAlive(&emptyStr)
	for c := 0; c < 128; c++ {
		asciiChars[c] = NewStr(t, string(rune(c)))
		KeepAlive(&asciiChars[c])
	}
	bootExceptions(t)
}
