package vm

import (
	"math/big"
	"sync"
	"sync/atomic"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
)

// # Go-side shared state under parallel threads
//
// Guest threads run in parallel (the STM's Parallel backend), so every
// Go-side structure that guest code reaches from several threads -- the
// per-code data below (constants, inline caches, loop counters), the
// VM's code table, and in package object the type and class-id
// tables, shape trees and Lookup memos -- follows two rules (docs/stm.md,
// "Go-side caches"):
//
//  1. No Go data race, no torn entry. A cache entry of several words is an
//     immutable struct published by one atomic pointer store, so a reader
//     sees the shape id, slot, version and method of one fill together;
//     hits cost atomic loads only (plain moves on amd64). Tables that grow
//     are copied or chunked and republished, never resized in place.
//     Writers that must agree (the code table, shape transitions, type
//     registration) take a mutex on the miss path only.
//  2. A cache derived from heap state is either keyed on immutable facts
//     (shape and class ids, code objects, type identity) or validated at
//     each use by barrier reads of the heap words it depends on: a class's
//     namespace version word (object.Type.Version) for attribute and method
//     caches, the dict's entries and keys for LOAD_GLOBAL. So the
//     transaction that uses an entry has read those words, and conflicts,
//     through the STM, with any concurrent writer. Versions are handed out
//     by a Go counter that never goes back, so an entry filled by a
//     transaction that later aborted (its version write rolled back) can
//     never match again: no Go-side state needs undoing on abort.
//
// A cache filled from one transaction's uncommitted view is therefore
// harmless to others: they compare it with their own view of the version
// word and miss.

// Frame is the activation of one code object.
type Frame struct {
	Code    *bytecode.Code
	data    *codeData
	Func    Value // the function (Null for module code)
	Globals Value // dict
	// Locals is the namespace dict of module and class bodies (LOAD_NAME);
	// Null in functions.
	Locals Value
	Fast   []Value // local variable slots
	Cells  []Value // cells of Cellvars then Freevars
	Stack  []Value
	SP     int
	PC     int
	Back   *Frame

	// ret says what the caller's frame does with this frame's result.
	ret retMode
	// retArg is the jump target of a retForIter/retSend caller, or the
	// instance a retInit frame returns.
	retArg Value
	// entry marks the first frame of a (possibly nested) run: returning
	// from it leaves the dispatch loop.
	entry bool
	// gen is the generator owning this frame, or nil.
	gen *Generator
	// snapshots counts the live Snapshots that include this frame; such a
	// frame is not reused when it returns, since a restore brings it back.
	snapshots atomic.Int32
}

// retMode tells a returning (or yielding) frame how to hand its value to
// the frame below it.
type retMode uint8

const (
	retPush    retMode = iota // push the value (an ordinary call)
	retInit                   // __init__: the value must be None; push retArg instead
	retForIter                // a generator driven by FOR_ITER
	retSend                   // a generator driven by SEND (yield from)
)

// codeData is the interpreter's per-code state: constants converted to
// guest values, inline caches and loop counters. It is shared by every
// guest thread that runs the code, in parallel under the STM, so each part
// is either immutable once published or updated atomically (the rules the
// caches follow are at the top of this file).
type codeData struct {
	code *bytecode.Code
	// consts is filled before cd is published and never written again.
	consts []Value
	// attrCache has one site per instruction (indexed by pc) for
	// LOAD_ATTR/LOAD_METHOD/STORE_ATTR, created on first execution.
	attrCache []atomic.Pointer[attrSite]
	// hot counts back-edges per loop header (indexed by pc); only tick
	// may touch it.
	hot []int32
	// globals caches LOAD_GLOBAL lookups (indexed by pc).
	globals []globalCache
	// index numbers the codes of the VM densely, from 0: it indexes each
	// thread's frame pools (Thread.framePools).
	index int
}

// tick counts one back-edge of the loop at header and returns the new
// count. Past the hot threshold the count stops moving, so that threads
// running the same loop in parallel stop writing to a shared cache line.
func (cd *codeData) tick(header int, threshold int) int32 {
	p := &cd.hot[header]
	if n := atomic.LoadInt32(p); int(n) > threshold {
		return n
	}
	return atomic.AddInt32(p, 1)
}

// scanRoots reports the guest values the code's data holds.
func (cd *codeData) scanRoots(mark func(w uint64)) {
	for _, c := range cd.consts {
		mark(uint64(c))
	}
	for i := range cd.attrCache {
		if site := cd.attrCache[i].Load(); site != nil {
			site.scanRoots(mark)
		}
	}
	for i := range cd.globals {
		cd.globals[i].g.Scan(mark)
		cd.globals[i].b.Scan(mark)
	}
}

// globalCache is the inline cache of one LOAD_GLOBAL: the module dict
// first, then the builtins.
type globalCache struct {
	g, b object.DictStrCache
}

// attrSite is the polymorphic inline cache of one attribute instruction:
// up to four shapes, replaced round-robin. Each entry is an immutable
// attrCache behind an atomic pointer, so a reader sees the class id,
// version, slot and method of one fill together.
type attrSite struct {
	e [4]atomic.Pointer[attrCache]
	// ids mirrors the class ids of e, so that find dereferences only the
	// entry that matches. It is a hint: an entry is used only after its
	// own class field is checked.
	ids  [4]atomic.Uint32
	next atomic.Uint32
	// mod caches a module attribute: the module and where the name sits
	// in its dict.
	mod atomic.Pointer[modCache]
}

// modCache is the module part of an attribute site.
type modCache struct {
	mod Value
	c   object.DictStrCache
}

// find returns the entry for class id, or nil.
func (s *attrSite) find(class uint32) *attrCache {
	for i := range s.ids {
		if s.ids[i].Load() == class {
			if c := s.e[i].Load(); c != nil && c.class == class {
				return c
			}
		}
	}
	return nil
}

// lookup is find for a possibly nil site and shape.
func (s *attrSite) lookup(sh *object.Shape) *attrCache {
	if s == nil || sh == nil {
		return nil
	}
	return s.find(sh.ID)
}

// add stores a new entry, replacing the oldest.
func (s *attrSite) add(c *attrCache) {
	i := (s.next.Add(1) - 1) % 4
	s.e[i].Store(c)
	s.ids[i].Store(c.class)
}

// modFor returns the module cache of the site for mod, replacing one for
// another module.
func (s *attrSite) modFor(mod Value) *modCache {
	if m := s.mod.Load(); m != nil && m.mod == mod {
		return m
	}
	m := &modCache{mod: mod}
	s.mod.Store(m)
	return m
}

func (s *attrSite) scanRoots(mark func(w uint64)) {
	if m := s.mod.Load(); m != nil {
		mark(uint64(m.mod))
		m.c.Scan(mark)
	}
	for i := range s.e {
		if c := s.e[i].Load(); c != nil {
			mark(uint64(c.method))
		}
	}
}

// site returns the cache of the instruction before f.PC.
func (f *Frame) site() *attrSite {
	if s := f.data.attrCache[f.PC-1].Load(); s != nil {
		return s
	}
	return f.newSite()
}

// newSite creates the cache of the instruction before f.PC; of threads
// that race to create it, the first wins.
func (f *Frame) newSite() *attrSite {
	p := &f.data.attrCache[f.PC-1]
	p.CompareAndSwap(nil, &attrSite{})
	return p.Load()
}

// attrCache remembers, for the shape an instance had last time, the slot
// an attribute lives in or the method its class provides. It is immutable
// once stored in a site. It is keyed on the shape (an immutable fact) and
// on the namespace version of the class (object.Type.Version), which the
// user re-reads through the STM at every hit.
type attrCache struct {
	class   uint32
	version uint64
	slot    int32 // >= 0: instance slot
	method  Value // != Null: class attribute (function) found for that shape
	// next is set for a STORE_ATTR that adds an attribute: the shape the
	// instance moves to (slot is then the new slot).
	next *object.Shape
}

// codeTable maps code objects to their data, for all threads: a map under
// a mutex for the first execution of a code, and a table indexed by code
// handle that the call path reads without locking.
type codeTable struct {
	mu       sync.Mutex
	byCode   map[*bytecode.Code]*codeData
	byHandle atomic.Pointer[[]atomic.Pointer[codeData]]
}

// get returns the data of c, or nil.
func (ct *codeTable) get(c *bytecode.Code) *codeData {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	return ct.byCode[c]
}

// put publishes cd unless c already has data, and returns the data of c.
func (ct *codeTable) put(cd *codeData) *codeData {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	if old := ct.byCode[cd.code]; old != nil {
		return old
	}
	if ct.byCode == nil {
		ct.byCode = map[*bytecode.Code]*codeData{}
	}
	cd.index = len(ct.byCode)
	ct.byCode[cd.code] = cd
	return cd
}

// handle returns the data registered for code handle h, or nil.
func (ct *codeTable) handle(h int) *codeData {
	if p := ct.byHandle.Load(); p != nil && h < len(*p) {
		return (*p)[h].Load()
	}
	return nil
}

// setHandle registers cd under code handle h, growing the table (by
// copying it: readers keep using the old one meanwhile) when needed.
func (ct *codeTable) setHandle(h int, cd *codeData) {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	var cur []atomic.Pointer[codeData]
	if p := ct.byHandle.Load(); p != nil {
		cur = *p
	}
	if h >= len(cur) {
		n := max(2*len(cur), h+1, 64)
		grown := make([]atomic.Pointer[codeData], n)
		for i := range cur {
			grown[i].Store(cur[i].Load())
		}
		ct.byHandle.Store(&grown)
		cur = grown
	}
	cur[h].Store(cd)
}

// each calls f for every code's data.
func (ct *codeTable) each(f func(cd *codeData)) {
	ct.mu.Lock()
	all := make([]*codeData, 0, len(ct.byCode))
	for _, cd := range ct.byCode {
		all = append(all, cd)
	}
	ct.mu.Unlock()
	for _, cd := range all {
		f(cd)
	}
}

// codeFor returns (creating on first use) the interpreter data of c.
// Threads that meet a new code together may both build its data; one is
// published and the other dropped.
func (th *Thread) codeFor(c *bytecode.Code) *codeData {
	if cd := th.vm.codes.get(c); cd != nil {
		return cd
	}
	cd := &codeData{code: c, consts: make([]Value, len(c.Consts)), attrCache: make([]atomic.Pointer[attrSite], len(c.Code)), hot: make([]int32, len(c.Code)),
		globals: make([]globalCache, len(c.Code))}
	for i, k := range c.Consts {
		cd.consts[i] = th.constValue(k)
	}
	return th.vm.codes.put(cd)
}

// constValue converts a compiler constant to a guest value.
func (th *Thread) constValue(k any) Value {
	t := th.Thread
	switch k := k.(type) {
	case nil:
		return object.None
	case bool:
		return object.Bool(k)
	case int64:
		return object.MakeInt(t, k)
	case *big.Int:
		return object.NewInt(t, k)
	case float64:
		return object.MakeFloat(k)
	case complex128:
		return object.NewComplex(t, k)
	case string:
		return object.NewStr(t, k)
	case []byte:
		return object.NewBytes(t, k)
	case *bytecode.Code:
		return object.NewCodeObject(t, k)
	case []any:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = th.constValue(x)
		}
		return object.NewTuple(t, items)
	}
	if k == bytecode.Ellipsis {
		return object.Ellipsis
	}
	panic("BUG: unknown constant type")
}

// codeForHandle is codeFor for a code object known by its handle (the
// function call path), through a lock-free table instead of a map.
func (th *Thread) codeForHandle(h int) *codeData {
	if cd := th.vm.codes.handle(h); cd != nil {
		return cd
	}
	cd := th.codeFor(object.Handle(h).(*bytecode.Code))
	th.vm.codes.setHandle(h, cd)
	return cd
}

// newFrame builds a frame for code, without arguments bound, reusing a
// frame of the same code that has returned when there is one.
func (th *Thread) newFrame(code *bytecode.Code, fn, globals, locals Value) *Frame {
	return th.newFrameData(th.codeFor(code), fn, globals, locals)
}

func (th *Thread) newFrameData(cd *codeData, fn, globals, locals Value) *Frame {
	code := cd.code
	if i := cd.index; i < len(th.framePools) {
		if p := th.framePools[i]; len(p) > 0 {
			f := p[len(p)-1]
			th.framePools[i] = p[:len(p)-1]
			f.Func, f.Globals, f.Locals = fn, globals, locals
			return f
		}
	}
	f := &Frame{Code: code, data: cd, Func: fn, Globals: globals, Locals: locals}
	f.Fast = make([]Value, len(code.Varnames))
	f.Cells = make([]Value, len(code.Cellvars)+len(code.Freevars))
	f.Stack = make([]Value, code.StackSize+1)
	return f
}

// maxPooled bounds the frames kept per code object (deep recursion would
// otherwise keep every level's frame).
const maxPooled = 8

// recycle returns a finished frame to its code's pool. Generator frames are
// never recycled: the generator object may still refer to them.
func (th *Thread) recycle(f *Frame) {
	if f.gen != nil || f.snapshots.Load() > 0 {
		return
	}
	i := f.data.index
	if i >= len(th.framePools) {
		grown := make([][]*Frame, max(i+1, 2*len(th.framePools)))
		copy(grown, th.framePools)
		th.framePools = grown
	}
	if len(th.framePools[i]) >= maxPooled {
		return
	}
	// Locals must read as unbound when the frame is reused. The cells and
	// the stack need no clearing: initCells writes every cell before the
	// frame runs, nothing reads the stack above SP, and a pooled frame is
	// no root (the collector scans frames on a thread's chain only).
	clear(f.Fast)
	f.SP, f.PC, f.ret, f.retArg, f.entry, f.Back = 0, 0, retPush, Null, false, nil
	f.Func, f.Globals, f.Locals = Null, Null, Null
	th.framePools[i] = append(th.framePools[i], f)
}

// initCells creates the frame's cells and copies the closure's.
func (th *Thread) initCells(f *Frame) {
	code := f.Code
	for i := range code.Cellvars {
		var v Value
		if i < len(code.Cell2Arg) && code.Cell2Arg[i] >= 0 {
			v = f.Fast[code.Cell2Arg[i]]
		}
		f.Cells[i] = object.NewCell(th.Thread, v)
	}
	if len(code.Freevars) > 0 {
		closure := object.FuncField(th.Thread, f.Func, object.FuncClosureOff)
		for i := range code.Freevars {
			f.Cells[len(code.Cellvars)+i] = object.TupleItem(closure, i)
		}
	}
}

// scanRoots reports the values a frame holds.
func (f *Frame) scanRoots(mark func(w uint64)) {
	mark(uint64(f.Func))
	mark(uint64(f.Globals))
	mark(uint64(f.Locals))
	mark(uint64(f.retArg))
	for _, v := range f.Fast {
		mark(uint64(v))
	}
	for _, v := range f.Cells {
		mark(uint64(v))
	}
	for _, v := range f.Stack[:f.SP] {
		mark(uint64(v))
	}
}

// Line returns the source line the frame is executing.
func (f *Frame) Line() int {
	pc := f.PC
	if pc > 0 {
		pc--
	}
	return f.Code.Line(pc)
}
