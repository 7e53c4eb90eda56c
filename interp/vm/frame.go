package vm

import (
	"math/big"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
)

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
	snapshots int
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
// guest values, inline caches and loop counters.
type codeData struct {
	code   *bytecode.Code
	consts []Value
	// attrCache has one entry per instruction (indexed by pc) for
	// LOAD_ATTR/LOAD_METHOD/STORE_ATTR.
	attrCache []*attrSite
	// hot counts back-edges per loop header (indexed by pc).
	hot []int32
	// globals caches LOAD_GLOBAL lookups (indexed by pc).
	globals []globalCache
	// pool holds frames of this code that returned, for reuse.
	pool []*Frame
}

// globalCache is the inline cache of one LOAD_GLOBAL: the module dict
// first, then the builtins.
type globalCache struct {
	g, b object.DictStrCache
}

// attrSite is the polymorphic inline cache of one attribute instruction:
// up to four shapes, replaced round-robin.
type attrSite struct {
	e    [4]attrCache
	next uint8
	// mod caches a module attribute: the module and where the name sits
	// in its dict.
	mod  Value
	modc object.DictStrCache
}

// find returns the entry for class id, or nil.
func (s *attrSite) find(class uint32) *attrCache {
	for i := range s.e {
		if s.e[i].class == class {
			return &s.e[i]
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

// victim returns the entry to overwrite with a new shape.
func (s *attrSite) victim() *attrCache {
	c := &s.e[s.next%4]
	s.next++
	return c
}

// site returns the cache of the instruction before f.PC.
func (f *Frame) site() *attrSite {
	p := &f.data.attrCache[f.PC-1]
	if *p == nil {
		*p = &attrSite{}
	}
	return *p
}

// attrCache remembers, for the shape an instance had last time, the slot
// an attribute lives in or the method its class provides.
type attrCache struct {
	class   uint32
	version uint32
	slot    int32 // >= 0: instance slot
	method  Value // != Null: class attribute (function) found for that shape
	// next is set for a STORE_ATTR that adds an attribute: the shape the
	// instance moves to (slot is then the new slot).
	next *object.Shape
}

// codeFor returns (creating on first use) the interpreter data of c.
func (th *Thread) codeFor(c *bytecode.Code) *codeData {
	if cd := th.vm.codes[c]; cd != nil {
		return cd
	}
	cd := &codeData{code: c, consts: make([]Value, len(c.Consts)), attrCache: make([]*attrSite, len(c.Code)), hot: make([]int32, len(c.Code)),
		globals: make([]globalCache, len(c.Code))}
	for i, k := range c.Consts {
		cd.consts[i] = th.constValue(k)
	}
	th.vm.codes[c] = cd
	return cd
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
// function call path), through a slice instead of a map.
func (th *Thread) codeForHandle(h int) *codeData {
	vm := th.vm
	if h < len(vm.codeByHandle) {
		if cd := vm.codeByHandle[h]; cd != nil {
			return cd
		}
	}
	cd := th.codeFor(object.Handle(h).(*bytecode.Code))
	for len(vm.codeByHandle) <= h {
		vm.codeByHandle = append(vm.codeByHandle, nil)
	}
	vm.codeByHandle[h] = cd
	return cd
}

// newFrame builds a frame for code, without arguments bound, reusing a
// frame of the same code that has returned when there is one.
func (th *Thread) newFrame(code *bytecode.Code, fn, globals, locals Value) *Frame {
	return th.newFrameData(th.codeFor(code), fn, globals, locals)
}

func (th *Thread) newFrameData(cd *codeData, fn, globals, locals Value) *Frame {
	code := cd.code
	if n := len(cd.pool); n > 0 {
		f := cd.pool[n-1]
		cd.pool = cd.pool[:n-1]
		f.Func, f.Globals, f.Locals = fn, globals, locals
		return f
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
	if f.gen != nil || f.snapshots > 0 || len(f.data.pool) >= maxPooled {
		return
	}
	clear(f.Fast)
	clear(f.Cells)
	clear(f.Stack[:f.SP])
	f.SP, f.PC, f.ret, f.retArg, f.entry, f.Back = 0, 0, retPush, Null, false, nil
	f.Func, f.Globals, f.Locals = Null, Null, Null
	f.data.pool = append(f.data.pool, f)
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
