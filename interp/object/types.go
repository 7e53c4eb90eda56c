package object

import (
	"fmt"
	"maps"
	"strings"
	"sync"
	"sync/atomic"

	"atompy.dev/atompy/gc"
)

// Type is the Go side of a Python class. Its guest identity is Ref, a small
// heap object of class typeClass that holds the type's index in the type
// table; everything else lives here, because the interpreter consults it on
// every attribute access.
//
// Built-in types keep their attributes in Attrs, a Go map filled at boot and
// never written again (Python forbids setting attributes on them). Classes
// defined by programs keep theirs in Dict, a heap dict written through the
// STM like any other guest object; their namespace version (Version), a
// word of the class object written by Touch through the STM, changes
// whenever that dict or the dict of a base changes, which is what inline
// caches and the Lookup memo key on.
//
// A Type is shared by all guest threads. Its fields are written before it
// is registered and then only read, except the ones of atomic types (and
// Name, Qualname and Module, which assigning __name__, __qualname__ or
// __module__ still writes in place).
type Type struct {
	Name     string
	Qualname string
	Module   string
	Doc      string

	Ref   Value   // the class object
	Bases []*Type // declared bases
	MRO   []*Type // C3 linearisation, starting with the type itself
	// Solid is the nearest built-in type in the MRO: it decides the layout of
	// instances. For user classes deriving from a built-in other than object,
	// instances are shape-based and keep the built-in payload in the hidden
	// slot BaseSlot.
	Solid *Type

	Attrs map[string]Value // built-in types only
	Dict  Value            // user classes: heap dict of attributes

	Flags TypeFlags

	// Class is the gc class id of instances of a built-in type.
	Class uint32
	// RootShape is the shape of a fresh instance of a user class.
	RootShape *Shape

	// subclasses is an immutable slice, replaced whole under typesMu.
	subclasses atomic.Pointer[[]*Type]
	index      int
	// instSlots is the most slots an instance of this class has reached;
	// new instances get that many inline slots (slack tracking: a hint,
	// so racing updates may lose one).
	instSlots atomic.Int32
	// dictModeShape is the shape of instances in dict mode (see Shape).
	dictModeShape atomic.Pointer[Shape]
	// lookupMemo memoises Lookup: an immutable memoTable, replaced whole
	// (see remember).
	lookupMemo atomic.Pointer[memoTable]

	// Slots: the Go behaviour of built-in types, in the manner of CPython's
	// tp_* slots; nil means "not supported". The generic operations in
	// protocol.go call them for built-in types and look up dunder methods
	// for user classes. A slot receives the built-in payload: for an
	// instance of a user subclass the caller passes the BaseSlot value.
	Slots
}

// Slots are the Go implementations of a built-in type's protocols.
type Slots struct {
	// New constructs an instance (type(...) call); cls may be a user
	// subclass, in which case New returns the built-in payload and the
	// caller wraps it.
	New func(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error)
	// Init is __init__ for mutable built-ins (list, dict, set, bytearray).
	Init func(t *Thread, self Value, args []Value, kwnames []string) error
	Repr func(t *Thread, v Value) (string, error)
	Str  func(t *Thread, v Value) (string, error) // nil: use Repr
	Hash func(t *Thread, v Value) (int64, error)  // nil: unhashable (unless identity-hashed)
	// Compare returns NotImplemented when it does not know how to compare.
	Compare func(t *Thread, a, b Value, op CompareOp) (Value, error)
	Bool    func(t *Thread, v Value) (bool, error)
	Len     func(t *Thread, v Value) (int, error)
	Iter    func(t *Thread, v Value) (Value, error)
	// Next returns Null when the iterator is exhausted.
	Next     func(t *Thread, it Value) (Value, error)
	GetItem  func(t *Thread, v, key Value) (Value, error)
	SetItem  func(t *Thread, v, key, val Value) error // val == Null: delete
	Contains func(t *Thread, v, x Value) (bool, error)
	// Binary implements the numeric and sequence operators; it is called
	// with the built-in operand either on the left or on the right and
	// returns NotImplemented when it does not handle the combination.
	Binary func(t *Thread, op BinOp, a, b Value) (Value, error)
	Unary  func(t *Thread, op UnOp, v Value) (Value, error)
	// GetAttr handles attributes that are not in the type's namespace
	// (module globals, function __name__, ...). It returns Null if absent.
	GetAttr func(t *Thread, v Value, name string) (Value, error)
	SetAttr func(t *Thread, v Value, name string, val Value) error // val == Null: delete
	Call    func(t *Thread, v Value, args []Value, kwnames []string) (Value, error)
	// Index converts to an int for slicing and indexing (__index__).
	Index func(t *Thread, v Value) (Value, error)
}

// CompareOp numbers the rich comparisons as COMPARE_OP does.
type CompareOp int

// The comparison operators.
const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// BinOp numbers the binary operators as BINARY_OP does (CPython 3.11's
// NB_* order); the in-place forms are BinOp + InplaceOffset.
type BinOp int

// The binary operators.
const (
	OpAdd BinOp = iota
	OpAnd
	OpFloorDiv
	OpLShift
	OpMatMul
	OpMul
	OpMod
	OpOr
	OpPow
	OpRShift
	OpSub
	OpTrueDiv
	OpXor
	InplaceOffset = 13
)

// UnOp numbers the unary operators.
type UnOp int

// The unary operators.
const (
	OpPos UnOp = iota
	OpNeg
	OpInvert
)

// TypeFlags describe properties of a type.
type TypeFlags uint32

const (
	// FlagBuiltin marks types implemented in Go.
	FlagBuiltin TypeFlags = 1 << iota
	// FlagBaseType marks types that may be subclassed.
	FlagBaseType
	// FlagHasSlots marks user classes with __slots__ (no per-instance dict).
	FlagHasSlots
	// FlagException marks BaseException and its subclasses.
	FlagException
	// FlagUnhashable marks built-in types whose instances cannot be hashed.
	FlagUnhashable
)

// BaseSlot is the name of the hidden instance slot that holds the built-in
// payload of an instance of a user subclass of int, str, list, dict, ...
const BaseSlot = "\x00base"

// The registries of types and class ids. Guest threads read them on every
// operation, in parallel with threads that define classes or grow shape
// trees. Writers append under typesMu and then publish a new slice header
// (a "view") with an atomic store; readers index the view they load. A
// view's elements are written before it is published and never again, so
// a reader needs no lock and never sees a torn entry, and an append that
// moves the array leaves older views intact for the readers still on them.
var (
	typesMu sync.Mutex
	// types lists every type by index; typesView publishes it.
	types     []*Type
	typesView atomic.Pointer[[]*Type]

	// classes holds the classInfo of every gc class id (id 0 is invalid);
	// classView publishes it. Boot writes classes[typeClass].typ after
	// registering the id, before any other thread exists: the capacity
	// keeps the array in place during boot, so the views share that write
	// (fixTypeClass republishes anyway).
	classes   = make([]classInfo, 1, 4096)
	classView atomic.Pointer[[]classInfo]
)

type classInfo struct {
	typ   *Type
	shape *Shape
}

func init() {
	publishClasses()
	OnBoot(-1<<30, func(*Thread) {
		typesMu.Lock()
		defer typesMu.Unlock()
		publishClasses()
	})
}

// publishClasses publishes the current classes (typesMu held, or init).
func publishClasses() {
	view := classes
	classView.Store(&view)
}

// newClassID registers a new gc class id. A shape gets its ID here, before
// it is published: it must be complete when newClassID is called.
func newClassID(typ *Type, shape *Shape, scan gc.ScanKind) uint32 {
	typesMu.Lock()
	defer typesMu.Unlock()
	id := uint32(len(classes))
	if shape != nil {
		shape.ID = id
	}
	classes = append(classes, classInfo{typ, shape})
	gc.SetClassScan(id, scan)
	publishClasses()
	return id
}

// classInfoOf returns what a gc class id stands for.
func classInfoOf(id uint32) *classInfo { return &(*classView.Load())[id] }

// TypeOf returns the type of any value.
func TypeOf(v Value) *Type {
	switch {
	case v.IsRef():
		return classInfoOf(gc.Class(v.Addr())).typ
	case v.IsSmallInt():
		return IntType
	case v.IsFloat():
		return FloatType
	case v == None:
		return NoneType
	case v == True || v == False:
		return BoolType
	case v == NotImplemented:
		return NotImplementedType
	case v == Ellipsis:
		return EllipsisType
	}
	panic(fmt.Sprintf("BUG: TypeOf(%#x)", uint64(v)))
}

// classOf returns the gc class id of a reference.
func classOf(v Value) uint32 { return gc.Class(v.Addr()) }

// IsSubtype reports whether a is b or derives from it.
func (a *Type) IsSubtype(b *Type) bool {
	if a == b {
		return true
	}
	for _, m := range a.MRO {
		if m == b {
			return true
		}
	}
	return false
}

// IsInstance reports whether v is an instance of typ or a subclass.
func IsInstance(v Value, typ *Type) bool { return TypeOf(v).IsSubtype(typ) }

// typeFromRef returns the Type of a class object, or nil if v is not one.
func typeFromRef(v Value) *Type {
	if !v.IsRef() || classOf(v) != typeClass {
		return nil
	}
	return (*typesView.Load())[load(v.Addr(), off0).SmallInt()]
}

// AsType returns the Type that the class object v stands for, or nil.
func AsType(v Value) *Type { return typeFromRef(v) }

// register gives typ its index and its class object, and adds it to the
// subclass lists of its bases.
func (typ *Type) register(t *Thread) {
	typesMu.Lock()
	typ.index = len(types)
	types = append(types, typ)
	view := types
	typesView.Store(&view)
	for _, b := range typ.Bases {
		subs := append(b.Subclasses(), typ)
		b.subclasses.Store(&subs)
	}
	typesMu.Unlock()
	// A class made by an attempt that aborts must not stay a subclass of
	// its bases: Touch would keep writing its class object, which the
	// aborted attempt allocated and left locked, and __subclasses__()
	// would list it. (The Type itself stays in the table, unreachable.)
	t.TX.GoUndo(typ, typ.unlinkSubclass)
	a := t.alloc(typeClass, wordsSize(typeRefWords))
	store(a, off0, MakeSmallInt(int64(typ.index)))
	store(a, typeVersionOff, MakeSmallInt(int64(versionClock.Add(1))))
	typ.Ref = FromAddr(a)
}

// unlinkSubclass removes typ from the subclass lists of its bases.
func (typ *Type) unlinkSubclass() {
	typesMu.Lock()
	defer typesMu.Unlock()
	for _, b := range typ.Bases {
		var subs []*Type
		for _, s := range b.Subclasses() {
			if s != typ {
				subs = append(subs, s)
			}
		}
		b.subclasses.Store(&subs)
	}
}

// Subclasses returns the direct subclasses of typ (do not modify).
func (typ *Type) Subclasses() []*Type {
	if p := typ.subclasses.Load(); p != nil {
		return (*p)[:len(*p):len(*p)]
	}
	return nil
}

// C3 computes the method resolution order of a class with the given bases.
func C3(typ *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	mro := []*Type{typ}
	for {
		seqs = dropEmpty(seqs)
		if len(seqs) == 0 {
			return mro, nil
		}
		head := c3Head(seqs)
		if head == nil {
			return nil, c3Error(seqs)
		}
		mro = append(mro, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

func dropEmpty(seqs [][]*Type) [][]*Type {
	out := seqs[:0]
	for _, s := range seqs {
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// c3Head finds the first sequence head that is in no other sequence's tail.
func c3Head(seqs [][]*Type) *Type {
	for _, s := range seqs {
		cand := s[0]
		if !inAnyTail(cand, seqs) {
			return cand
		}
	}
	return nil
}

func inAnyTail(c *Type, seqs [][]*Type) bool {
	for _, s := range seqs {
		for _, x := range s[1:] {
			if x == c {
				return true
			}
		}
	}
	return false
}

func c3Error(seqs [][]*Type) error {
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if !seen[s[0]] {
			seen[s[0]] = true
			names = append(names, s[0].Name)
		}
	}
	return NewError(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
}

// Lookup finds name along the MRO without invoking descriptors. It returns
// Null when the name is absent. Results, absences included, are memoised
// per type in an immutable table tagged with the namespace version it was
// computed at: a hit costs one barrier read of the version word, which is
// also what makes the transaction conflict with a concurrent change of the
// class or of a base, and a memo filled from a view that never committed
// (an aborted class write) carries a version no committed state will have.
// The rules for Go-side caches are in docs/stm.md, "Go-side caches".
func (typ *Type) Lookup(t *Thread, name string) Value {
	ver := typ.Version(t)
	if m := typ.lookupMemo.Load(); m != nil && m.version == ver {
		if v, ok := m.names[name]; ok {
			return v
		}
	}
	v := typ.lookupMRO(t, name)
	typ.remember(ver, name, v)
	return v
}

// memoTable is one immutable state of a type's Lookup memo.
type memoTable struct {
	version uint64
	names   map[string]Value
}

// remember adds name to the memo of version ver, copying the table (or
// starting a new one when the memo holds another version). Losing a race
// with another filler only loses a memo entry.
func (typ *Type) remember(ver uint64, name string, v Value) {
	old := typ.lookupMemo.Load()
	next := &memoTable{version: ver, names: map[string]Value{}}
	if old != nil && old.version == ver {
		next.names = maps.Clone(old.names)
	}
	next.names[name] = v
	typ.lookupMemo.CompareAndSwap(old, next)
}

// ForgetLookups empties the Lookup memo (boot fills built-in namespaces
// after some lookups ran).
func (typ *Type) ForgetLookups() { typ.lookupMemo.Store(nil) }

func (typ *Type) lookupMRO(t *Thread, name string) Value {
	for _, m := range typ.MRO {
		if v := m.ownAttr(t, name); v != Null {
			return v
		}
	}
	return Null
}

// ownAttr looks name up in the type's own namespace only.
func (typ *Type) ownAttr(t *Thread, name string) Value {
	if typ.Flags&FlagBuiltin != 0 {
		return typ.Attrs[name]
	}
	v, _ := DictGetStr(t, typ.Dict, name)
	return v
}

// Version returns the namespace version of typ as the transaction of t
// sees it: a barrier read of the version word of the class object, so
// that the transaction has read what any cache it validates with the
// result depends on. Built-in types never change and have version 0.
// The result is the raw word (a tagged small int): only equality matters.
func (typ *Type) Version(t *Thread) uint64 {
	if typ.Flags&FlagBuiltin != 0 {
		return 0
	}
	return t.TX.Read(typ.Ref.Addr(), typeVersionOff)
}

// Touch records, inside the transaction of t, that the namespace of typ
// changed: typ and its subclasses get a version never used before, so
// every cache filled at an earlier version (or by a transaction that
// aborted) misses. Call it after the namespace write.
func (typ *Type) Touch(t *Thread) {
	typ.touch(t, MakeSmallInt(int64(versionClock.Add(1))))
}

func (typ *Type) touch(t *Thread, ver Value) {
	t.write(typ.Ref.Addr(), typeVersionOff, ver)
	for _, s := range typ.Subclasses() {
		s.touch(t, ver)
	}
}

// versionClock hands out namespace versions. It is a Go counter, not heap
// state, precisely so that an aborted transaction cannot give a version
// back: a version value names at most one namespace state.
var versionClock atomic.Uint64

// The class object of a type: its index in the type table (immutable) and
// its namespace version (a small int, written by Touch through the STM).
const (
	typeVersionOff = off1
	typeRefWords   = 2
)

// AllTypes calls f for every registered type (GC roots, diagnostics).
func AllTypes(f func(*Type)) {
	if p := typesView.Load(); p != nil {
		for _, typ := range *p {
			f(typ)
		}
	}
}
