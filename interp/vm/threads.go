package vm

import (
	"sync"
	"sync/atomic"

	"atompy.dev/atompy/interp/object"
)

// Guest threads. Each guest thread is a goroutine with its own Thread: its
// own transaction descriptor and allocator, and its own frame chain. With
// the global-lock backend of package stm, a thread runs guest code only
// inside a transaction, i.e. while holding the one lock; it lets others in
// at possible break points (Thread.safepoint calls stm.Tx.Break) and around
// blocking calls (BlockingCall). Because only the lock holder touches the
// heap, the lock holder may collect, provided no thread holds guest values
// in Go variables (pinnedTotal == 0): the roots are then every thread's
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
// rooting afterwards.
func (th *Thread) StartThread(fn Value, args []Value, kwnames []string, done func(nt *Thread, err error)) *Thread {
	vm := th.vm
	nt := vm.newThread(vm.RT.NewThread())
	nt.ident = vm.threads.next.Add(1)
	nt.ReprLimit = th.ReprLimit
	vm.threads.add(nt)
	// The entry frame is built here, under the caller's transaction, so the
	// callable and its arguments are rooted by the new thread's chain from
	// now on.
	entry, err := nt.entryFrame(fn, args, kwnames)
	nt.pendingEntry = entry
	go func() {
		nt.TX.Begin()
		nt.pendingEntry = nil
		if err == nil {
			err = nt.runEntry(entry, fn, args, kwnames)
		}
		if done != nil {
			done(nt, err)
		}
		nt.frame = nil
		vm.threads.remove(nt)
		nt.Alloc.Release()
		nt.TX.Commit()
	}()
	return nt
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
func (th *Thread) BlockingCall(block func()) {
	if th.TX.AtomicDepth > 0 {
		// Inside `with atomic:` the thread keeps the lock: blocking then
		// would deadlock the other threads, as in pypy-stm, so block
		// without releasing.
		block()
		return
	}
	th.TX.Commit()
	defer th.TX.Begin()
	block()
}

// collect runs a collection; the caller holds the global lock and no
// thread is pinned.
func (vm *VM) collect() {
	vm.RT.Heap.Collect()
}
