package builtins

import (
	"math"
	"time"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
)

// The _thread module: the primitive layer under threading. Threads are
// guest threads of the VM (vm.Thread.StartThread); locks are Go
// semaphores that release the transaction while they wait, so a thread
// blocked on a lock never stops the others.

func init() {
	registerGoModule("_thread", buildThread)
	object.OnBoot(60, bootLockType)
}

// bootLockType creates the lock type at boot rather than at the first
// import: a module build runs inside a transaction that may abort and be
// replayed, and may race with another thread's build, while a Go-side type
// must be made once and written before other threads can read it.
func bootLockType(t *object.Thread) {
	lockType = object.NewBuiltinType(t, "lock", gc.ScanAll)
	defineLockMethods(t)
}

// timeoutMax is the longest wait in seconds that a time.Duration holds
// (CPython's TIMEOUT_MAX has the same value).
const timeoutMax = float64(math.MaxInt64 / int64(time.Second))

// LockType is the type of _thread.allocate_lock() objects.
var lockType *object.Type

// guestLock is the Go side of a lock object: a one-slot semaphore.
type guestLock struct{ ch chan struct{} }

func newGuestLock() *guestLock { return &guestLock{ch: make(chan struct{}, 1)} }

// tryAcquire takes the lock if it is free.
func (l *guestLock) tryAcquire() bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

// acquireWait blocks until the lock is taken or timeout passes (negative:
// forever).
func (l *guestLock) acquireWait(timeout time.Duration) bool {
	if timeout < 0 {
		l.ch <- struct{}{}
		return true
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case l.ch <- struct{}{}:
		return true
	case <-t.C:
		return false
	}
}

func (l *guestLock) release() bool {
	select {
	case <-l.ch:
		return true
	default:
		return false
	}
}

func (l *guestLock) locked() bool { return len(l.ch) == 1 }

func buildThread(th *vm.Thread) (Value, error) {
	b := newModule(th, "_thread")
	b.set("LockType", lockType.Ref)
	b.set("error", object.RuntimeErrorType.Ref)
	b.set("TIMEOUT_MAX", object.MakeFloat(timeoutMax))
	b.fn("allocate_lock", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := object.ArgCount("allocate_lock", args, 0, 0); err != nil {
			return Null, err
		}
		return newLockObject(t), nil
	})
	b.fn("get_ident", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return object.MakeInt(t, vm.FromObject(t).Ident()), nil
	})
	b.fn("_count", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return object.MakeInt(t, int64(vm.FromObject(t).VM().ThreadCount()-1)), nil
	})
	b.fn("get_native_id", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return object.MakeInt(t, vm.FromObject(t).Ident()), nil
	})
	b.fn("start_new_thread", startNewThread)
	b.fn("exit", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, object.NewErrorArgs(object.SystemExitType)
	})
	b.fn("stack_size", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return object.MakeSmallInt(0), nil
	})
	b.fn("_print_exception", printException)
	b.fn("_main_ident", func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return object.MakeInt(t, vm.FromObject(t).VM().Main.Ident()), nil
	})
	return b.mod, nil
}

// newLockObject makes a lock: field 0 holds the handle of its guestLock,
// owned by the lock object.
func newLockObject(t *object.Thread) Value {
	v := object.AllocObject(t, lockType, 1)
	h := object.NewHandle(newGuestLock(), v.Addr())
	object.SetField(t, v, 0, object.MakeSmallInt(int64(h)))
	return v
}

func lockOf(v Value) *guestLock {
	return object.Handle(int(object.RawField(v, 0).SmallInt())).(*guestLock)
}

func defineLockMethods(t *object.Thread) {
	acquire := func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		blocking, timeout := object.True, object.MakeSmallInt(-1)
		if err := object.UnpackArgs("acquire", args, kw, []string{"blocking?", "timeout?"}, &blocking, &timeout); err != nil {
			return Null, err
		}
		return lockAcquire(t, lockOf(self), blocking, timeout)
	}
	object.DefMethod(t, lockType, "acquire", acquire)
	object.DefMethod(t, lockType, "__enter__", acquire)
	release := func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		t.TX.BecomeInevitable() // see lockAcquire
		if !lockOf(self).release() {
			return Null, object.NewError(object.RuntimeErrorType, "release unlocked lock")
		}
		return object.None, nil
	}
	object.DefMethod(t, lockType, "release", release)
	object.DefMethod(t, lockType, "__exit__", release)
	object.DefMethod(t, lockType, "locked", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		return object.Bool(lockOf(self).locked()), nil
	})
	lockType.Slots.Repr = func(t *object.Thread, v Value) (string, error) {
		state := "unlocked"
		if lockOf(v).locked() {
			state = "locked"
		}
		return "<" + state + " _thread.lock object at " + object.HexID(v) + ">", nil
	}
}

// lockAcquire implements lock.acquire(blocking, timeout) with CPython's
// argument rules.
func lockAcquire(t *object.Thread, l *guestLock, blockingV, timeoutV Value) (Value, error) {
	blocking, err := object.Truth(t, blockingV)
	if err != nil {
		return Null, err
	}
	timeout := -1.0
	if timeoutV.IsFloat() {
		timeout = timeoutV.Float()
	} else if n, ok := object.IntValue(timeoutV); ok {
		timeout = float64(n)
	} else {
		return Null, object.TypeError("'%s' object cannot be interpreted as an integer", object.TypeName(timeoutV))
	}
	if !blocking && timeout != -1 {
		return Null, object.ValueError("can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return Null, object.ValueError("timeout value must be positive")
	}
	if timeout > timeoutMax {
		return Null, object.NewError(object.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	// A guest lock is Go state that an abort could not give back: on the
	// parallel STM, taking it makes the transaction inevitable.
	t.TX.BecomeInevitable()
	if l.tryAcquire() {
		return object.True, nil
	}
	if !blocking {
		return object.False, nil
	}
	d := time.Duration(-1)
	if timeout >= 0 {
		d = time.Duration(timeout * float64(time.Second))
	}
	var got bool
	vm.FromObject(t).BlockingCall(func() { got = l.acquireWait(d) })
	return object.Bool(got), nil
}

// startNewThread is _thread.start_new_thread(function, args[, kwargs]).
func startNewThread(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := object.NoKwargs("start_new_thread", kw); err != nil {
		return Null, err
	}
	if len(args) < 2 || len(args) > 3 {
		return Null, object.TypeError("start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	fn := args[0]
	if !object.Callable(t, fn) {
		return Null, object.TypeError("first arg must be callable")
	}
	if !object.IsTuple(args[1]) {
		return Null, object.TypeError("2nd arg must be a tuple")
	}
	callArgs := object.TupleItems(args[1])
	var names []string
	if len(args) == 3 {
		if !object.IsDict(args[2]) {
			return Null, object.TypeError("optional 3rd arg must be a dictionary")
		}
		for pos := 0; ; {
			var k, v Value
			pos, k, v = object.DictNext(t, args[2], pos)
			if pos < 0 {
				break
			}
			names = append(names, object.StrGo(k))
			callArgs = append(callArgs, v)
		}
	}
	th := vm.FromObject(t)
	// The report names the callable, but a Go closure must not hold a guest
	// value while the thread runs: describe it now, without running guest
	// code (a user __repr__ could block or fail here).
	header := "Exception ignored in thread started by: " + describeCallable(t, fn) + "\n"
	report := func(nt *vm.Thread, err error) { reportThreadError(nt, err, header) }
	nt, err := th.StartThread(fn, callArgs, names, report)
	if err != nil {
		return Null, err
	}
	return object.MakeInt(t, nt.Ident()), nil
}

// describeCallable is CPython's repr of a function or bound method, and
// the default object repr of other callables (their own __repr__ is not
// run).
func describeCallable(t *object.Thread, fn Value) string {
	if object.IsFunction(fn) || object.IsBuiltin(fn) {
		if s, err := object.Repr(t, fn); err == nil {
			return s
		}
	}
	if object.IsMethod(fn) {
		m, self := object.MethodParts(fn)
		return "<bound method " + qualname(t, m) + " of " + defaultRepr(t, self) + ">"
	}
	return defaultRepr(t, fn)
}

func qualname(t *object.Thread, fn Value) string {
	q, err := object.GetAttr(t, fn, "__qualname__")
	if err != nil || !object.IsStr(q) {
		return "?"
	}
	return object.StrGo(q)
}

// defaultRepr is object.__repr__: the class's module and qualified name.
func defaultRepr(t *object.Thread, v Value) string {
	typ := object.TypeOf(v)
	name := typ.Name
	if q, err := object.GetAttr(t, typ.Ref, "__qualname__"); err == nil && object.IsStr(q) {
		name = object.StrGo(q)
	}
	if m, err := object.GetAttr(t, typ.Ref, "__module__"); err == nil && object.IsStr(m) && object.StrGo(m) != "builtins" {
		name = object.StrGo(m) + "." + name
	}
	return "<" + name + " object at " + object.HexID(v) + ">"
}

// reportThreadError prints an exception that ended a _thread thread, as
// CPython's default unraisable hook does (SystemExit is silent).
func reportThreadError(nt *vm.Thread, err error, header string) {
	if err == nil {
		return
	}
	exc, merr := nt.ExceptionOf(err)
	if merr != nil || object.IsInstance(exc, object.SystemExitType) {
		return
	}
	nt.WriteStderr(header)
	nt.PrintException(exc)
}

// printException is _thread._print_exception(exc): the traceback report
// of an uncaught exception, on stderr, for threading.excepthook.
func printException(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := object.ArgCount("_print_exception", args, 1, 1); err != nil {
		return Null, err
	}
	if err := object.NoKwargs("_print_exception", kw); err != nil {
		return Null, err
	}
	if !object.IsInstance(args[0], object.BaseExceptionType) {
		return Null, object.TypeError("_print_exception() argument must be an exception, not %s", object.TypeName(args[0]))
	}
	vm.FromObject(t).PrintException(args[0])
	return object.None, nil
}
