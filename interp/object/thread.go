package object

import (
	"math/big"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/stm"
)

// Thread is the per-guest-thread context that every operation of this package
// takes: the transaction its heap accesses go through, the allocator its
// objects come from, and the interpreter that runs guest code on its behalf.
type Thread struct {
	TX    *stm.Tx
	Alloc *gc.Allocator
	// Interp runs guest callables for operations that must call back into
	// Python (a user __eq__ during a dict lookup, a key function in sort).
	Interp Interp
	// Depth counts nested guest calls made from Go; the interpreter checks it
	// against the recursion limit.
	Depth int
	// State is the interpreter's own per-thread state (*vm.Thread).
	State any
	// NSWrites counts changes this thread made to module namespaces
	// (dicts flagged by MarkNamespace).
	NSWrites uint64

	// tempRoots are Go variables holding guest values that Go code keeps
	// across a call into guest code that may collect (see PushRoot).
	tempRoots  []*Value
	tempSlices []*[]Value

	// bigView and bigScratch serve big-int arithmetic (intops.go): operand
	// headers aliasing arena limbs, and a reusable result.
	bigView    [2]big.Int
	bigScratch big.Int

	// reprActive holds the containers whose repr is being computed on this
	// thread, so that recursive structures print as [...].
	reprActive map[Value]bool
	// reprDepth counts nested Repr calls; past ReprLimit (the recursion
	// limit; 0 means 1000) Repr raises RecursionError as CPython does.
	reprDepth int
	ReprLimit int
}

// ReprEnter marks v as being repr'd; it returns false if it already is.
func ReprEnter(t *Thread, v Value) bool {
	if t.reprActive[v] {
		return false
	}
	if t.reprActive == nil {
		t.reprActive = map[Value]bool{}
	}
	t.reprActive[v] = true
	return true
}

// ReprLeave undoes ReprEnter.
func ReprLeave(t *Thread, v Value) { delete(t.reprActive, v) }

// Interp is the part of the interpreter that the object model calls.
type Interp interface {
	// Call calls fn with positional args followed by the keyword values
	// named by kwnames (len(kwnames) <= len(args)). The collector does not
	// run during the call: the Go caller may hold unrooted values.
	Call(t *Thread, fn Value, args []Value, kwnames []string) (Value, error)
	// NextUnpinned advances iterator it like NextStop, but lets the
	// collector run while a generator executes: the caller promises that
	// every guest value it holds in Go variables is registered with
	// PushRoot/PushRoots.
	NextUnpinned(t *Thread, it Value) (Value, error)
}

// PushRoot registers a Go variable holding a guest value as a root until
// the matching PopRoots.
func (t *Thread) PushRoot(p *Value) { t.tempRoots = append(t.tempRoots, p) }

// PushRoots registers a Go slice variable of guest values as roots.
func (t *Thread) PushRoots(p *[]Value) { t.tempSlices = append(t.tempSlices, p) }

// PopRoots unregisters the last nv PushRoot and ns PushRoots registrations.
func (t *Thread) PopRoots(nv, ns int) {
	t.tempRoots = t.tempRoots[:len(t.tempRoots)-nv]
	t.tempSlices = t.tempSlices[:len(t.tempSlices)-ns]
}

// ScanTempRoots reports the registered Go-held values to the collector.
func (t *Thread) ScanTempRoots(mark func(w uint64)) {
	for _, p := range t.tempRoots {
		mark(uint64(*p))
	}
	for _, p := range t.tempSlices {
		for _, v := range *p {
			mark(uint64(v))
		}
	}
}

// Call calls any guest callable from Go.
func (t *Thread) Call(fn Value, args ...Value) (Value, error) {
	return t.Interp.Call(t, fn, args, nil)
}

// CallKw calls fn with keyword arguments, as Interp.Call.
func (t *Thread) CallKw(fn Value, args []Value, kwnames []string) (Value, error) {
	return t.Interp.Call(t, fn, args, kwnames)
}

// alloc allocates a zeroed object of the given class and size in bytes.
func (t *Thread) alloc(class uint32, size uintptr) gc.Addr {
	return t.Alloc.Alloc(class, size)
}

// read and write are the barriered accessors for mutable fields.
func (t *Thread) read(a gc.Addr, off uintptr) Value { return Value(t.TX.Read(a, off)) }

func (t *Thread) write(a gc.Addr, off uintptr, v Value) { t.TX.Write(a, off, uint64(v)) }

// load reads an immutable field: no barrier is needed for data that is never
// written after the object is published (see the stm package contract).
func load(a gc.Addr, off uintptr) Value { return Value(gc.Load(a, off)) }

// store initialises a field of an object that is still private to the
// allocating transaction.
func store(a gc.Addr, off uintptr, v Value) { gc.Store(a, off, uint64(v)) }

// field offsets shared by many layouts: the first payload words.
const (
	off0 = gc.HeaderSize + 0*gc.WordSize
	off1 = gc.HeaderSize + 1*gc.WordSize
	off2 = gc.HeaderSize + 2*gc.WordSize
	off3 = gc.HeaderSize + 3*gc.WordSize
	off4 = gc.HeaderSize + 4*gc.WordSize
	off5 = gc.HeaderSize + 5*gc.WordSize
	off6 = gc.HeaderSize + 6*gc.WordSize
	off7 = gc.HeaderSize + 7*gc.WordSize
	off8 = gc.HeaderSize + 8*gc.WordSize
	off9 = gc.HeaderSize + 9*gc.WordSize
)

// wordsSize is the byte size of an object with n payload words.
func wordsSize(n int) uintptr { return gc.HeaderSize + uintptr(n)*gc.WordSize }

// RestartMarks records the Go-side bookkeeping of a thread that an aborted
// STM attempt may leave behind when its panic unwinds Go callers that did
// not defer their clean-up (registered roots, nesting counters, atomic
// depth): the VM takes them with its snapshot and puts them back on abort.
type RestartMarks struct {
	roots, slices, depth, reprDepth, atomicDepth int
}

// Marks returns the thread's current RestartMarks.
func (t *Thread) Marks() RestartMarks {
	return RestartMarks{len(t.tempRoots), len(t.tempSlices), t.Depth, t.reprDepth, t.TX.AtomicDepth}
}

// ResetTo puts the bookkeeping back to m after an abort.
func (t *Thread) ResetTo(m RestartMarks) {
	clear(t.tempRoots[m.roots:])
	t.tempRoots = t.tempRoots[:m.roots]
	clear(t.tempSlices[m.slices:])
	t.tempSlices = t.tempSlices[:m.slices]
	t.Depth, t.reprDepth, t.TX.AtomicDepth = m.depth, m.reprDepth, m.atomicDepth
	if m.reprDepth == 0 {
		clear(t.reprActive)
	}
}
