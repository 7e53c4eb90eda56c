package vm

import (
	"sync/atomic"

	"atompy.dev/atompy/interp/bytecode"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/stm"
)

// Thread is one guest thread: the object model's context plus the
// interpreter's frame chain.
type Thread struct {
	*object.Thread
	vm *VM
	// frame is the innermost frame being executed.
	frame *Frame
	// depth counts the frames on the chain, for the recursion limit.
	depth int
	// handled is the exception being handled (sys.exc_info()), or None.
	handled Value
	// pinned counts the Go callers below the current run that hold guest
	// values in Go variables; the collector only runs when every thread's
	// is zero (VM.anyPinned). Only the thread itself writes it, so that
	// threads calling into guest code from Go in parallel do not share a
	// written cache line.
	pinned atomic.Int64
	// framePools holds, by code (codeData.index), frames of that code
	// that returned, for reuse. Each thread has its own, so that taking
	// and returning a frame writes nothing another thread reads, whatever
	// the number of threads calling the same functions.
	framePools [][]*Frame
	// spansSeen is the allocator's span count when gcDue last looked.
	spansSeen uint64
	// globalMemo remembers LOAD_GLOBAL answers within an attempt.
	globalMemo [globalMemoSize]globalMemoEntry
	// nesting counts the dispatch loops active on the Go stack.
	nesting int
	// ident is the guest thread identifier (0 for the main thread until
	// threading assigns one).
	ident int64
	// startCallable holds a non-function callable and its arguments until
	// a new thread starts running (rooted by scanRoots meanwhile).
	startCallable []Value
	// pendingEntry is a new thread's first frame until the thread starts.
	pendingEntry *Frame
	// stm is the running Parallel transaction's restart state (stm.go),
	// out the standard output it buffered (outbuf.go).
	stm      txState
	out      []byte
	stmStats *stm.ThreadStats
	// breakSoon asks for a transaction break after the running call
	// (RequestBreak).
	breakSoon bool
	// pendingAbort is the description of an abort taken before its
	// rollback (stmreport.go), filed when the restart accounts for it.
	pendingAbort stm.AbortRecord
}

func (vm *VM) newThread(t *object.Thread) *Thread {
	th := &Thread{Thread: t, vm: vm, handled: object.None}
	t.Interp = th
	t.State = th
	return th
}

// VM returns the thread's VM.
func (th *Thread) VM() *VM { return th.vm }

// Handled returns the exception currently being handled, or None.
func (th *Thread) Handled() Value { return th.handled }

// Frame returns the innermost running frame.
func (th *Thread) Frame() *Frame { return th.frame }

// FromObject returns the interpreter thread behind an object-model context.
func FromObject(t *object.Thread) *Thread { return t.State.(*Thread) }

// Call implements object.Interp: it runs a guest callable from Go code. A
// Python function gets a nested run of the dispatch loop; the collector
// does not run inside it, because the Go caller may hold unrooted values.
func (th *Thread) Call(t *object.Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	if object.IsFunction(fn) {
		f, err := th.bindArgs(fn, args, kwnames)
		if err != nil {
			return Null, err
		}
		th.pin()
		defer th.unpin()
		return th.runFrame(f)
	}
	if object.IsMethod(fn) {
		m, self := object.MethodParts(fn)
		full := make([]Value, 0, len(args)+1)
		return th.Call(t, m, append(append(full, self), args...), kwnames)
	}
	return object.Call(t, fn, args, kwnames)
}

// runFrame runs f (and everything it calls) to completion.
func (th *Thread) runFrame(f *Frame) (Value, error) {
	if f.Code.Flags&bytecode.FlagGenerator != 0 {
		return th.newGenerator(f), nil
	}
	if th.nesting >= maxNesting {
		return Null, errTooDeep()
	}
	f.entry = true
	if err := th.push(f); err != nil {
		return Null, err
	}
	return th.nestedRun(nil)
}

func errTooDeep() error {
	return object.NewError(object.RecursionErrorType, "maximum recursion depth exceeded")
}

// maxNesting bounds the dispatch loops nested in Go (guest code called
// from Go code called from guest code ...), whatever the recursion limit:
// each costs Go stack, and Go's stack limit must never be what stops a
// guest program.
const maxNesting = 8000

// nestedRun runs the dispatch loop for a frame just pushed by Go code.
func (th *Thread) nestedRun(pending error) (Value, error) {
	th.nesting++
	defer func() { th.nesting-- }()
	return th.runPending(pending)
}

// push makes f the innermost frame.
func (th *Thread) push(f *Frame) error {
	if th.depth >= th.vm.Opts.RecursionLimit {
		return object.NewError(object.RecursionErrorType, "maximum recursion depth exceeded")
	}
	th.depth++
	f.Back = th.frame
	th.frame = f
	return nil
}

// pop removes the innermost frame.
func (th *Thread) pop() *Frame {
	f := th.frame
	th.frame = f.Back
	f.Back = nil
	th.depth--
	return f
}

// RunCode executes module-level code in the given globals dict.
func (th *Thread) RunCode(code *bytecode.Code, globals Value) (Value, error) {
	f := th.newFrame(code, Null, globals, globals)
	th.initCells(f)
	return th.runFrame(f)
}

// scanRoots reports the thread's frames and state to the collector.
func (th *Thread) scanRoots(mark func(w uint64)) {
	mark(uint64(th.handled))
	th.ScanTempRoots(mark)
	for _, v := range th.startCallable {
		mark(uint64(v))
	}
	if th.pendingEntry != nil {
		th.pendingEntry.scanRoots(mark)
	}
	for f := th.frame; f != nil; f = f.Back {
		f.scanRoots(mark)
	}
}

// pinnedCall runs call with the thread pinned; the deferred unpin also
// runs when a panic (an STM abort, a Go error) unwinds the call.
func (th *Thread) pinnedCall(call func() (Value, error)) (Value, error) {
	th.pin()
	defer th.unpin()
	return call()
}

// pin and unpin bracket Go code that holds guest values in Go variables
// while guest code runs: no thread may collect meanwhile.
func (th *Thread) pin() { th.pinned.Add(1) }

func (th *Thread) unpin() { th.pinned.Add(-1) }

// safepoint is called at loop back-edges and function entries: it lets the
// collector run and the transaction break.
func (th *Thread) safepoint() {
	if th.TX.Parallel() {
		th.stmSafepoint()
		return
	}
	if th.vm.RT.Heap.ShouldCollect() && !th.vm.anyPinned() {
		th.vm.collect()
	}
	th.TX.Break()
}
