package object

import (
	"maps"
	"sync"
	"sync/atomic"

	"atompy.dev/atompy/gc"
)

// Shape is a hidden class: the ordered list of attribute names an instance
// of a user class has, so that an attribute is found by a shape check and a
// load at a fixed slot. Each shape has its own gc class id, written into
// header word 0 of the instances that have it; moving an instance to a wider
// shape rewrites that word. Shapes form a tree per class: adding attribute
// "x" to an instance of shape S moves it to S.next["x"].
//
// A shape is immutable once created and shared by all instances that went
// through the same sequence of attribute additions. Deleting an attribute,
// or exceeding maxShapeSlots, puts the instance in dict mode: its shape is
// the class's dictShape and slot 0 holds a heap dict of its attributes.
type Shape struct {
	ID    uint32 // gc class id of instances with this shape
	Type  *Type
	Names []string
	// Frozen shapes (classes with __slots__, or dict mode) accept no
	// transitions.
	Frozen   bool
	DictMode bool
	// Root is the number of leading slots every instance of the class has
	// (the hidden built-in payload, exception fields, __slots__); they
	// survive the switch to dict mode.
	Root int

	index map[string]int // immutable once the shape is published
	// next maps an added attribute name to the shape it leads to: an
	// immutable map, replaced whole under shapesMu, so that threads that
	// add attributes in parallel find one shared transition per name
	// without locking on the hit path.
	next atomic.Pointer[map[string]*Shape]
}

// shapesMu serialises the growth of shape trees (transitions and dict-mode
// shapes). Shapes are Go-side facts that depend on no heap state: a shape
// made by a transaction that later aborts is still a correct shape, merely
// unused for a while.
var shapesMu sync.Mutex

// maxShapeSlots bounds shape trees; instances that grow beyond it switch to
// dict mode.
const maxShapeSlots = 64

// Instance layout:
//
//	word 0, 1   header
//	word 2      overflow storage: a heap array (tuple layout) of the slots
//	            that do not fit inline, or Null
//	word 3..    inline slots; their number is in the header's user bits
const (
	instOverflowOff = gc.HeaderSize
	instInlineOff   = gc.HeaderSize + gc.WordSize
)

func newRootShape(typ *Type, names []string, frozen bool) *Shape {
	s := &Shape{Type: typ, Names: names, Frozen: frozen, Root: len(names)}
	s.index = indexNames(names)
	newClassID(typ, s, gc.ScanAll)
	return s
}

func indexNames(names []string) map[string]int {
	m := make(map[string]int, len(names))
	for i, n := range names {
		m[n] = i
	}
	return m
}

// Index returns the slot of name, or -1.
func (s *Shape) Index(name string) int {
	if i, ok := s.index[name]; ok {
		return i
	}
	return -1
}

// With returns the shape that adds name to s, creating it on first use.
// It returns nil when s cannot grow.
func (s *Shape) With(name string) *Shape {
	if s.Frozen || len(s.Names) >= maxShapeSlots {
		return nil
	}
	if m := s.next.Load(); m != nil {
		if n := (*m)[name]; n != nil {
			return n
		}
	}
	shapesMu.Lock()
	defer shapesMu.Unlock()
	old := s.next.Load()
	if old != nil {
		if n := (*old)[name]; n != nil {
			return n
		}
	}
	names := append(append([]string(nil), s.Names...), name)
	n := &Shape{Type: s.Type, Names: names, Root: s.Root, index: indexNames(names)}
	newClassID(s.Type, n, gc.ScanAll)
	next := map[string]*Shape{}
	if old != nil {
		next = maps.Clone(*old)
	}
	next[name] = n
	s.next.Store(&next)
	return n
}

// ShapeOf returns the shape of an instance, or nil for other objects.
func ShapeOf(v Value) *Shape {
	if !v.IsRef() {
		return nil
	}
	return classInfoOf(classOf(v)).shape
}

// inlineCap is the number of inline slots an instance was allocated with.
func inlineCap(a gc.Addr) int { return int(gc.UserBits(a)) }

// NewInstance allocates an instance of a user class with its root shape and
// room for the number of slots instances of the class usually reach.
func NewInstance(t *Thread, typ *Type) Value {
	n := int(typ.instSlots.Load())
	if n < len(typ.RootShape.Names) {
		n = len(typ.RootShape.Names)
	}
	a := t.alloc(typ.RootShape.ID, wordsSize(1+n))
	gc.SetUserBits(a, uint32(n))
	return FromAddr(a)
}

// slotAddr returns where slot i of instance a lives, reading the overflow
// array reference when needed. ok is false when the overflow array is
// missing or too short for i, which only a shape read without holding a's
// lock can lead to (TryGetSlot).
func slotAddr(t *Thread, a gc.Addr, i int) (_ gc.Addr, _ uintptr, ok bool) {
	c := inlineCap(a)
	if i < c {
		return a, instInlineOff + uintptr(i)*gc.WordSize, true
	}
	ov := t.read(a, instOverflowOff)
	if ov == Null || i-c >= TupleLen(ov) {
		return 0, 0, false
	}
	return ov.Addr(), tupleItemsOff + uintptr(i-c)*gc.WordSize, true
}

// GetSlot reads slot i of an instance.
func GetSlot(t *Thread, v Value, i int) Value {
	a, off, _ := slotAddr(t, v.Addr(), i)
	return t.read(a, off)
}

// TryGetSlot reads slot i of instance v for a reader that took v's shape
// s from an unbarriered header read (the interpreter's attribute cache,
// which saves ShapeOfTx's barrier on a hit): such a shape may be one that
// a writer holding v's lock has stored and will roll back, so slot i may
// lie in an overflow array that v does not have at the reader's snapshot.
// ok is false then, or when v's shape is no longer s after the (barriered)
// slot read; the caller falls back to the generic path. When ok is true,
// the read marked v and v had shape s after it, so the value is v's slot i
// under the shape the transaction now sees.
func TryGetSlot(t *Thread, v Value, s *Shape, i int) (val Value, ok bool) {
	a, off, ok := slotAddr(t, v.Addr(), i)
	if !ok {
		return Null, false
	}
	return t.read(a, off), SameShape(v, s)
}

// SetSlot writes slot i of an instance, which its shape must already have.
func SetSlot(t *Thread, v Value, i int, x Value) {
	a, off, _ := slotAddr(t, v.Addr(), i)
	t.write(a, off, x)
}

// AddSlot moves instance v from its shape to s2, a transition of it that
// adds one attribute, storing x in the new slot (the interpreter's cached
// form of an attribute-adding store).
func AddSlot(t *Thread, v Value, s2 *Shape, x Value) { addSlot(t, v, s2, x) }

// addSlot moves instance v from shape s to s2 (= s.With(name)) and stores x
// in the new slot, growing the overflow array if needed.
func addSlot(t *Thread, v Value, s2 *Shape, x Value) {
	a := v.Addr()
	i := len(s2.Names) - 1
	if c := inlineCap(a); i >= c {
		growOverflow(t, a, i-c+1)
	}
	t.TX.OpenWrite(a)
	setClassBits(a, s2.ID)
	SetSlot(t, v, i, x)
	if n := int32(len(s2.Names)); n > s2.Type.instSlots.Load() {
		s2.Type.instSlots.Store(n)
	}
}

// growOverflow makes sure the overflow array of a holds at least n slots.
func growOverflow(t *Thread, a gc.Addr, n int) {
	ov := t.read(a, instOverflowOff)
	old := 0
	if ov != Null {
		old = TupleLen(ov)
		if old >= n {
			return
		}
	}
	size := n
	if size < 2*old {
		size = 2 * old
	}
	nv := newTupleRaw(t, size)
	for i := 0; i < old; i++ {
		store(nv.Addr(), tupleItemsOff+uintptr(i)*gc.WordSize, t.read(ov.Addr(), tupleItemsOff+uintptr(i)*gc.WordSize))
	}
	t.write(a, instOverflowOff, nv)
}

// dictSlot is the slot holding the attribute dict of a dict-mode instance.
func (s *Shape) dictSlot() int { return s.Root }

// dictShape returns the class's dict-mode shape: the root slots followed by
// one slot for the attribute dict.
func (typ *Type) dictShape() *Shape {
	if s := typ.dictModeShape.Load(); s != nil {
		return s
	}
	shapesMu.Lock()
	defer shapesMu.Unlock()
	if typ.dictModeShape.Load() == nil {
		root := typ.RootShape
		names := append(append([]string(nil), root.Names[:root.Root]...), "\x00dict")
		s := &Shape{Type: typ, Names: names, Frozen: true, DictMode: true, Root: root.Root,
			index: indexNames(root.Names[:root.Root])}
		newClassID(typ, s, gc.ScanAll)
		typ.dictModeShape.Store(s)
	}
	return typ.dictModeShape.Load()
}

// setClassBits rewrites the class id in an object's header.
func setClassBits(a gc.Addr, id uint32) {
	gc.Store(a, 0, gc.Load(a, 0)&^gc.ClassMask|uint64(id))
}
