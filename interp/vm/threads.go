package vm

import (
	"sync"
	"sync/atomic"
	"time"

	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/stm"
)

// Guest threads. Each guest thread is a goroutine with its own Thread: its
// own transaction descriptor and allocator, and its own frame chain. With
// the global-lock backend of package stm, a thread runs guest code only
// inside a transaction, i.e. while holding the one lock; it lets others in
// at possible break points (Thread.safepoint calls stm.Tx.Break) and around
// blocking calls (BlockingCall). Because only the lock holder touches the
// heap, the lock holder may collect, provided no thread holds guest values
// in Go variables (VM.anyPinned): the roots are then every thread's
// frames and registered temporaries.

// threadSet is the VM's registry of live threads, for root scanning.
type threadSet struct {
	mu   sync.Mutex
	list []*Thread
	next atomic.Int64 // guest thread identifiers
}

func (s *threadSet) add(th *Thread) {
	s.mu.Lock()
	s.list = append(s.list, th)
	s.mu.Unlock()
}

func (s *threadSet) remove(th *Thread) {
	s.mu.Lock()
	for i, x := range s.list {
		if x == th {
			s.list = append(s.list[:i], s.list[i+1:]...)
			break
		}
	}
	s.mu.Unlock()
}

func (s *threadSet) each(f func(*Thread)) {
	s.mu.Lock()
	list := append([]*Thread(nil), s.list...)
	s.mu.Unlock()
	for _, th := range list {
		f(th)
	}
}

// Ident returns the guest thread identifier (threading.get_ident()).
func (th *Thread) Ident() int64 { return th.ident }

// ThreadCount returns the number of live guest threads.
func (vm *VM) ThreadCount() int {
	vm.threads.mu.Lock()
	defer vm.threads.mu.Unlock()
	return len(vm.threads.list)
}

// StartThread runs fn(*args, **kw) on a new guest thread. done, if not nil,
// is called on the new goroutine when the call finishes, with the error it
// raised (nil after a normal return), while the thread still holds its
// transaction (so done may touch the heap, e.g. to report the exception).
// The caller must hold its own transaction; the arguments are copied into
// the new thread's frame before StartThread returns, so they need no
// rooting afterwards. Starting a thread cannot be undone, so on the
// Parallel backend the caller's transaction becomes inevitable first.
func (th *Thread) StartThread(fn Value, args []Value, kwnames []string, done func(nt *Thread, err error)) (*Thread, error) {
	vm := th.vm
	th.TX.BecomeInevitable()
	nt := vm.newThread(vm.RT.NewThread())
	nt.ident = vm.threads.next.Add(1)
	nt.ReprLimit = th.ReprLimit
	vm.threads.add(nt)
	vm.noteMutators()
	// The entry frame is built here, under the caller's transaction, so the
	// callable and its arguments are rooted by the new thread's chain from
	// now on.
	// (nt's descriptor has no backend yet, so these accesses are plain:
	// they only fill new objects, and the caller is inevitable.)
	entry, err := nt.entryFrame(fn, args, kwnames)
	if rerr := nt.TX.Reserve(); rerr != nil {
		vm.threads.remove(nt)
		vm.noteMutators()
		nt.Alloc.Release()
		return nil, object.NewError(object.RuntimeErrorType, "can't start new thread")
	}
	nt.pendingEntry = entry
	go func() {
		vm.waitForGC()
		nt.TX.Begin()
		nt.pendingEntry = nil
		if err == nil {
			err = nt.runEntry(entry, fn, args, kwnames)
		}
		if done != nil {
			done(nt, err)
		}
		nt.frame = nil
		nt.Alloc.Release()
		nt.commit()
		nt.TX.Close()
		vm.threadExited(nt)
	}()
	return nt, nil
}

// entryFrame prepares the first frame of a thread that calls a Python
// function or bound method; for other callables it returns nil and the
// call is made through the object model when the thread starts.
func (th *Thread) entryFrame(fn Value, args []Value, kwnames []string) (*Frame, error) {
	if object.IsMethod(fn) {
		m, self := object.MethodParts(fn)
		if object.IsFunction(m) {
			full := append([]Value{self}, args...)
			return th.bindArgs(m, full, kwnames)
		}
	}
	if object.IsFunction(fn) {
		return th.bindArgs(fn, args, kwnames)
	}
	th.startCallable = append([]Value{fn}, args...)
	return nil, nil
}

// runEntry runs a thread's first call. A Python function runs unpinned, so
// the collector can run while the thread works.
func (th *Thread) runEntry(f *Frame, fn Value, args []Value, kwnames []string) error {
	if f != nil {
		_, err := th.runFrame(f)
		if err != nil {
			return err
		}
		return nil
	}
	callable := th.startCallable
	th.startCallable = nil
	_, err := object.Call(th.Thread, callable[0], callable[1:], kwnames)
	return err
}

// BlockingCall ends the thread's transaction, runs block (which must not
// touch the heap), and begins a new transaction: the transaction break
// around every blocking operation (lock acquire, join, sleep, queue get).
// On the Parallel backend the commit may abort instead (the instruction
// then restarts from the transaction's snapshot, before the block), and
// the transaction after the block is not restartable until the next
// break point. While it blocks, the thread counts as parked for the
// collector.
func (th *Thread) BlockingCall(block func()) {
	if th.TX.AtomicDepth > 0 {
		// Inside `with atomic:` the thread keeps its transaction: blocking
		// then would deadlock the other threads, as in pypy-stm, so block
		// without releasing (on the Parallel backend, inevitable first).
		th.TX.BecomeInevitable()
		block()
		return
	}
	vm := th.vm
	th.commit()
	vm.enterOutside()
	defer func() {
		vm.leaveOutside()
		th.TX.Begin()
	}()
	block()
}

// anyPinned reports whether Go code on some thread holds unrooted guest
// values (Thread.pin): no collection may run then.
func (vm *VM) anyPinned() bool {
	pinned := false
	vm.threads.each(func(th *Thread) {
		if th.pinned.Load() != 0 {
			pinned = true
		}
	})
	return pinned
}

// threadExited removes a finished thread; a collection waiting for every
// thread to park may now go ahead.
func (vm *VM) threadExited(th *Thread) {
	g := &vm.gcSync
	g.mu.Lock()
	vm.threads.remove(th)
	vm.noteMutators()
	g.cond.Broadcast()
	g.mu.Unlock()
}

// noteMutators tells the heap how many threads allocate in parallel, which
// sets how often it collects (gc.Heap.SetMutators): only the Parallel
// backend runs them in parallel.
func (vm *VM) noteMutators() {
	if vm.RT.STM.Mode() == stm.Parallel {
		vm.RT.Heap.SetMutators(vm.ThreadCount())
	}
}

// collect runs a collection (GlobalLock: the caller holds the global lock
// and no thread is pinned).
func (vm *VM) collect() {
	vm.RT.Heap.Collect()
}

// Collections on the Parallel backend. A thread that finds the heap due
// for a collection at a break point raises gcSync.requested; every thread
// that reaches a break point while it is up commits and parks (parkForGC);
// threads inside blocking calls are outside their transactions already.
// The last thread to park (all live threads outside) collects, provided no
// Go code anywhere holds unrooted guest values (VM.anyPinned), and
// wakes the others. A thread that cannot park (inside `with atomic:`, or
// in guest code called from Go) keeps running and delays the collection;
// a request that waited gcGiveUp is dropped so that such a thread, should
// it wait for a parked one, cannot deadlock the process.
type gcSync struct {
	mu        sync.Mutex
	cond      *sync.Cond
	requested atomic.Bool
	outside   int   // threads parked or blocked
	round     int64 // identifies the current request
}

// gcGiveUp bounds how long a collection request waits for every thread.
const gcGiveUp = 50 * time.Millisecond

// gcWanted reports whether a Parallel thread should end its transaction
// at this break point for a collection.
func (vm *VM) gcWanted() bool {
	if vm.gcSync.requested.Load() {
		return true
	}
	return vm.RT.Heap.ShouldCollect() && !vm.anyPinned()
}

// gcDue is gcWanted for a break point, where it is asked millions of
// times a second: the heap's shared counters (written by every thread that
// takes a span) are read only when this thread's allocator took a span
// since it last looked, since only then can its own allocation have made
// the heap due. A heap made due by other threads is noticed through the
// request the first of them raises.
func (th *Thread) gcDue() bool {
	if th.vm.gcSync.requested.Load() {
		return true
	}
	if n := th.Alloc.Spans; n != th.spansSeen {
		th.spansSeen = n
		return th.vm.gcWanted()
	}
	return false
}

// parkForGC is called between transactions when gcWanted: it raises the
// request if nobody has and waits until the collection is done (running it
// if this thread is the last to arrive).
func (vm *VM) parkForGC(th *Thread) {
	g := &vm.gcSync
	g.mu.Lock()
	if !g.requested.Load() {
		if !vm.RT.Heap.ShouldCollect() { // another thread just collected
			g.mu.Unlock()
			return
		}
		g.round++
		g.requested.Store(true)
		round := g.round
		time.AfterFunc(gcGiveUp, func() {
			g.mu.Lock()
			if g.round == round && g.requested.Load() {
				g.requested.Store(false)
				g.cond.Broadcast()
			}
			g.mu.Unlock()
		})
	}
	g.outside++
	t0 := time.Now()
	defer vm.notePause(th, t0)
	for g.requested.Load() {
		if g.outside >= vm.ThreadCount() {
			if !vm.anyPinned() {
				vm.RT.Heap.Collect()
			}
			g.requested.Store(false)
			g.cond.Broadcast()
			break
		}
		g.cond.Wait()
	}
	g.outside--
	g.mu.Unlock()
}

// notePause accounts a wait for a collection as paused time.
func (vm *VM) notePause(th *Thread, t0 time.Time) {
	if r := vm.stmReport; r != nil {
		r.stats(th).AddPause(time.Since(t0))
	}
}

// enterOutside and leaveOutside bracket a blocking call: the thread is
// outside any transaction, so a collection need not wait for it, but it
// must not start a transaction while one runs.
func (vm *VM) enterOutside() {
	if vm.gcSync.cond == nil {
		return
	}
	g := &vm.gcSync
	g.mu.Lock()
	g.outside++
	if g.requested.Load() {
		g.cond.Broadcast()
	}
	g.mu.Unlock()
}

func (vm *VM) leaveOutside() {
	if vm.gcSync.cond == nil {
		return
	}
	g := &vm.gcSync
	g.mu.Lock()
	for g.requested.Load() {
		g.cond.Wait()
	}
	g.outside--
	g.mu.Unlock()
}

// waitForGC keeps a new thread from starting while a collection runs.
func (vm *VM) waitForGC() {
	vm.enterOutside()
	vm.leaveOutside()
}
