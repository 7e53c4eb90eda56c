package object

import (
	"fmt"
	"strings"
	"sync"

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
// STM like any other guest object; Version changes whenever that dict or the
// dict of a base changes, which is what inline caches key on.
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

	Flags   TypeFlags
	Version uint32

	// Class is the gc class id of instances of a built-in type.
	Class uint32
	// RootShape is the shape of a fresh instance of a user class.
	RootShape *Shape

	subclasses []*Type
	index      int
	// instSlots is the most slots an instance of this class has reached;
	// new instances get that many inline slots (slack tracking).
	instSlots int
	// dictModeShape is the shape of instances in dict mode (see Shape).
	dictModeShape *Shape
	// lookupMemo memoises Lookup (see there).
	lookupMemo map[string]Value

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

var (
	typesMu sync.Mutex
	types   []*Type

	// classes maps a gc class id to the type (and, for instances of user
	// classes, the shape) it stands for. Class id 0 is invalid.
	classes = []classInfo{{}}
)

type classInfo struct {
	typ   *Type
	shape *Shape
}

// newClassID registers a new gc class id.
func newClassID(typ *Type, shape *Shape, scan gc.ScanKind) uint32 {
	id := uint32(len(classes))
	classes = append(classes, classInfo{typ, shape})
	gc.SetClassScan(id, scan)
	return id
}

// TypeOf returns the type of any value.
func TypeOf(v Value) *Type {
	switch {
	case v.IsRef():
		return classes[gc.Class(v.Addr())].typ
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
	return types[load(v.Addr(), off0).SmallInt()]
}

// AsType returns the Type that the class object v stands for, or nil.
func AsType(v Value) *Type { return typeFromRef(v) }

// register gives typ its index, its class object and, for built-in types,
// an instance class id.
func (typ *Type) register(t *Thread) {
	typesMu.Lock()
	typ.index = len(types)
	types = append(types, typ)
	typesMu.Unlock()
	a := t.alloc(typeClass, wordsSize(1))
	store(a, off0, MakeSmallInt(int64(typ.index)))
	typ.Ref = FromAddr(a)
	for _, b := range typ.Bases {
		b.subclasses = append(b.subclasses, typ)
	}
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
// per type until Touch reports a namespace change of the type or a base.
// (The memo is per process and unsynchronised: guest threads run under the
// global lock; the real STM will version it like any shared structure.)
func (typ *Type) Lookup(t *Thread, name string) Value {
	if v, ok := typ.lookupMemo[name]; ok {
		return v
	}
	v := typ.lookupMRO(t, name)
	if typ.lookupMemo == nil {
		typ.lookupMemo = map[string]Value{}
	}
	typ.lookupMemo[name] = v
	return v
}

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

// Touch records that the namespace of typ changed, invalidating inline caches
// of it and its subclasses.
func (typ *Type) Touch() {
	typ.Version++
	typ.lookupMemo = nil
	for _, s := range typ.subclasses {
		s.Touch()
	}
}

// AllTypes calls f for every registered type (GC roots, diagnostics).
func AllTypes(f func(*Type)) {
	for _, typ := range types {
		f(typ)
	}
}
