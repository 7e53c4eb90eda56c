package builtins

import (
	"runtime"
	"sync/atomic"
	"time"

	"atompy.dev/atompy/gc"
	"atompy.dev/atompy/interp/object"
	"atompy.dev/atompy/interp/vm"
	"atompy.dev/atompy/stm"
)

// The pypystm module: pypy-stm's API (docs/threads.md maps every name).
//
// Under the global-lock backend of package stm only one transaction runs
// at a time, so most names are thin: `with atomic:` raises the thread's
// stm.Tx.AtomicDepth, which stops Tx.Break (and BlockingCall) from ending
// the transaction, so the block runs as one transaction and no other
// thread runs meanwhile. (stmdict and stmset are in lib/pypystm.py.)
// queue keeps its items in a guest list and its waiting
// state in Go; local keeps one attribute dict per guest thread.

// The Go part is module _pypystm; lib/pypystm.py re-exports it and adds
// stmdict and stmset, written in Python.
func init() {
	registerGoModule("_pypystm", buildPypystm)
	object.OnBoot(60, bootPypystm)
}

// bootPypystm makes the module's types once per process, at boot: made at
// first import they could be made twice by threads importing at once.
func bootPypystm(t *object.Thread) {
	atomicType = object.NewBuiltinType(t, "atomic", gc.ScanAll)
	atomicType.Module = "pypystm"
	defineAtomicMethods(t)
	stmQueueType = object.NewBuiltinType(t, "queue", gc.ScanAll)
	stmQueueType.Module = "pypystm"
	stmQueueType.Slots.New = newStmQueue
}

// The context-manager kinds of atomicType objects (field 0).
const (
	kindAtomic = iota
	kindExclusive
	kindSingle
)

// transactionCounter backs pypystm.count(): conflict-free and increasing,
// as pypy-stm's fetch-and-add on a static.
var transactionCounter atomic.Int64

var (
	atomicType   *object.Type
	stmQueueType *object.Type
)

// errMoreExits and errExclusiveNested are pypy-stm's thread.error messages
// (thread.error is RuntimeError in Python 3).
const (
	errMoreExits       = "atomic.__exit__(): more exits than enters"
	errExclusiveNested = "exclusive_atomic block can't be entered inside another atomic block"
)

func buildPypystm(th *vm.Thread) (Value, error) {
	t := th.Thread
	b := newModule(th, "pypystm")
	b.set("error", object.RuntimeErrorType.Ref)
	for name, kind := range map[string]int{"atomic": kindAtomic, "exclusive_atomic": kindExclusive, "single_transaction": kindSingle} {
		cm := object.AllocObject(t, atomicType, 1)
		object.SetField(t, cm, 0, object.MakeSmallInt(int64(kind)))
		b.set(name, cm)
	}
	b.fn("is_atomic", pypystmIsAtomic)
	b.fn("hint_commit_soon", pypystmHintCommitSoon)
	b.fn("getsegmentlimit", pypystmGetSegmentLimit)
	b.fn("last_abort_info", pypystmLastAbortInfo)
	b.fn("discard_last_abort_info", pypystmDiscardLastAbortInfo)
	b.fn("count", pypystmCount)
	b.fn("time", floatClock("time", func() float64 { return float64(time.Now().UnixNano()) / 1e9 }))
	b.fn("clock", floatClock("clock", func() float64 { return float64(cpuTime()) / 1e9 }))
	empty, err := plainSubclass(t, "Empty", object.ExceptionType)
	if err != nil {
		return Null, err
	}
	b.set("Empty", empty.Ref)
	defineStmQueueMethods(t, empty)
	b.set("queue", stmQueueType.Ref)
	local, err := newLocalClass(t)
	if err != nil {
		return Null, err
	}
	b.set("local", local.Ref)
	return b.mod, nil
}

// plainSubclass makes `class name(base): pass` in module pypystm.
func plainSubclass(t *object.Thread, name string, base *object.Type) (*object.Type, error) {
	ns := object.NewDict(t)
	object.DictSetStr(t, ns, "__module__", object.NewStr(t, "pypystm"))
	return object.NewClass(t, name, []*object.Type{base}, ns)
}

func floatClock(name string, now func() float64) object.BuiltinFn {
	return func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone(name, args, kw); err != nil {
			return Null, err
		}
		return object.MakeFloat(now()), nil
	}
}

// pypystmIsAtomic returns the nesting level of atomic blocks.
func pypystmIsAtomic(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("is_atomic", args, kw); err != nil {
		return Null, err
	}
	return object.MakeSmallInt(int64(t.TX.AtomicDepth)), nil
}

// pypystmHintCommitSoon ends the current transaction now and begins the
// next one, unless an atomic block is open (then it does nothing, as in
// pypy-stm).
func pypystmHintCommitSoon(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("hint_commit_soon", args, kw); err != nil {
		return Null, err
	}
	commitSoon(t)
	return object.None, nil
}

// commitSoon is a forced transaction break. Under the global lock the
// goroutine yields between the commit and the next begin, so that a thread
// waiting for the lock gets a real chance to take it. Under the parallel
// STM the break comes when the call completes (a bytecode boundary, where
// the next transaction can take its snapshot: a commit in the middle of
// the call would leave the rest of the instruction non-restartable, hence
// inevitable).
func commitSoon(t *object.Thread) {
	if t.TX.AtomicDepth > 0 {
		return
	}
	if t.TX.Parallel() {
		vm.FromObject(t).RequestBreak()
		return
	}
	vm.FromObject(t).BlockingCall(runtime.Gosched)
}

// pypystmGetSegmentLimit is the number of threads that can really run in
// parallel: 1 under the global lock, the number of CPUs Go schedules on
// (GOMAXPROCS) under the parallel STM.
func pypystmGetSegmentLimit(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("getsegmentlimit", args, kw); err != nil {
		return Null, err
	}
	if !t.TX.Parallel() {
		return object.MakeSmallInt(1), nil
	}
	return object.MakeSmallInt(int64(runtime.GOMAXPROCS(0))), nil
}

// pypystmLastAbortInfo is last_abort_info(): None when this thread's
// transactions have not aborted since the last call, else the longest
// abort since then as a tuple (kind, seconds lost, where this thread was,
// where the other thread was, the object, the other thread's id); the
// first four follow pypy-stm's longest_abort_info() (reason, seconds,
// marker_self, marker_other), with "" for an unknown location. Calling it
// forgets the abort, as in pypy-stm.
func pypystmLastAbortInfo(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("last_abort_info", args, kw); err != nil {
		return Null, err
	}
	rec, ok := vm.FromObject(t).TakeLongestAbort()
	if !ok {
		return object.None, nil
	}
	info := rec.Info()
	return object.NewTuple(t, []Value{
		object.NewStr(t, info.Kind),
		object.MakeFloat(info.Lost),
		object.NewStr(t, info.Where),
		object.NewStr(t, info.OtherWhere),
		object.NewStr(t, info.Object),
		object.MakeInt(t, info.Other),
	}), nil
}

// pypystmDiscardLastAbortInfo forgets the abort last_abort_info would report.
func pypystmDiscardLastAbortInfo(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("discard_last_abort_info", args, kw); err != nil {
		return Null, err
	}
	vm.FromObject(t).TakeLongestAbort()
	return object.None, nil
}

func pypystmCount(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("count", args, kw); err != nil {
		return Null, err
	}
	return object.MakeInt(t, transactionCounter.Add(1)), nil
}

// defineAtomicMethods gives the atomic singletons their context-manager
// protocol.
func defineAtomicMethods(t *object.Thread) {
	object.DefMethod(t, atomicType, "__enter__", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("__enter__", args, kw); err != nil {
			return Null, err
		}
		switch object.RawField(self, 0).SmallInt() {
		case kindExclusive:
			if t.TX.AtomicDepth > 0 {
				return Null, object.NewError(object.RuntimeErrorType, errExclusiveNested)
			}
		case kindSingle:
			commitSoon(t)
		}
		t.TX.AtomicDepth++
		return object.None, nil
	})
	object.DefMethod(t, atomicType, "__exit__", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := object.NoKwargs("__exit__", kw); err != nil {
			return Null, err
		}
		if t.TX.AtomicDepth == 0 {
			return Null, object.NewError(object.RuntimeErrorType, errMoreExits)
		}
		t.TX.AtomicDepth--
		if object.RawField(self, 0).SmallInt() == kindSingle {
			commitSoon(t)
		}
		return object.False, nil
	})
	names := map[int64]string{kindAtomic: "atomic", kindExclusive: "exclusive_atomic", kindSingle: "single_transaction"}
	atomicType.Slots.Repr = func(t *object.Thread, v Value) (string, error) {
		return "<pypystm." + names[object.RawField(v, 0).SmallInt()] + ">", nil
	}
}

// stmQueue is the Go side of a pypystm.queue. The items live in a guest
// list (field 1 of the object, from index head on) so the collector sees
// them; Go keeps only the wake-up channels and the unfinished-task count,
// all touched inside transactions only.
type stmQueue struct {
	sync stm.GoSync // see open
	head int
	// nonEmpty is closed (and replaced) by every put, waking the getters
	// that wait on it.
	nonEmpty chan struct{}
	// unfinished counts puts not yet matched by task_done; allDone is
	// closed when it drops to zero.
	unfinished int
	allDone    chan struct{}
}

// Layout of a queue object: field 0 the handle of its stmQueue, field 1
// the item list, field 2 the Empty class (for get's exception).
const (
	queueHandleField = iota
	queueItemsField
	queueEmptyField
	queueFields
)

// queueCompactAt is how many consumed slots the item list may carry
// before get copies the live items down.
const queueCompactAt = 64

var stmEmptyClass *object.Type

func newStmQueue(t *object.Thread, cls *object.Type, args []Value, kw []string) (Value, error) {
	if err := exactlyNone("queue", args, kw); err != nil {
		return Null, err
	}
	v := object.AllocObject(t, stmQueueType, queueFields)
	q := &stmQueue{nonEmpty: make(chan struct{}), allDone: make(chan struct{})}
	t.TX.SyncGo(&q.sync) // published when this transaction commits
	object.SetField(t, v, queueHandleField, object.MakeSmallInt(int64(object.NewHandle(q, v.Addr()))))
	object.SetField(t, v, queueItemsField, object.NewList(t, nil))
	object.SetField(t, v, queueEmptyField, stmEmptyClass.Ref)
	return v, nil
}

func queueOf(v Value) *stmQueue {
	return object.Handle(int(object.RawField(v, queueHandleField).SmallInt())).(*stmQueue)
}

func defineStmQueueMethods(t *object.Thread, empty *object.Type) {
	stmEmptyClass = empty
	object.DefMethod(t, stmQueueType, "put", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyOne("put", args, kw); err != nil {
			return Null, err
		}
		q := queueOf(self)
		q.open(t, self)
		object.ListAppend(t, object.Field(t, self, queueItemsField), args[0])
		q.unfinished++
		close(q.nonEmpty)
		q.nonEmpty = make(chan struct{})
		return object.None, nil
	})
	object.DefMethod(t, stmQueueType, "get", stmQueueGet)
	object.DefMethod(t, stmQueueType, "task_done", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("task_done", args, kw); err != nil {
			return Null, err
		}
		q := queueOf(self)
		q.open(t, self)
		if q.unfinished <= 0 {
			return Null, object.ValueError("task_done() called too many times")
		}
		q.unfinished--
		if q.unfinished == 0 {
			close(q.allDone)
			q.allDone = make(chan struct{})
		}
		return object.None, nil
	})
	object.DefMethod(t, stmQueueType, "join", func(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactlyNone("join", args, kw); err != nil {
			return Null, err
		}
		q := queueOf(self)
		for q.open(t, self); q.unfinished > 0; q.open(t, self) {
			done := q.allDone
			vm.FromObject(t).BlockingCall(func() { <-done })
		}
		return object.None, nil
	})
}

// stmQueueGet is queue.get(block=True, timeout=None): it waits outside
// the transaction, so a blocked getter never stops the putters.
func stmQueueGet(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	blockV, timeoutV := object.True, object.None
	if err := object.UnpackArgs("get", args, kw, []string{"block?", "timeout?"}, &blockV, &timeoutV); err != nil {
		return Null, err
	}
	block, err := object.Truth(t, blockV)
	if err != nil {
		return Null, err
	}
	wait := time.Duration(-1)
	if timeoutV != object.None {
		secs, err := secondsArg(t, timeoutV)
		if err != nil {
			return Null, err
		}
		if secs < 0 {
			return Null, object.ValueError("'timeout' must be a non-negative number")
		}
		wait = time.Duration(secs * 1e9)
	}
	deadline := time.Now().Add(wait)
	q := queueOf(self)
	for {
		if item, ok := q.take(t, self); ok {
			return item, nil
		}
		left := time.Until(deadline)
		if !block || (wait >= 0 && left <= 0) {
			return Null, object.NewErrorArgs(object.AsType(object.RawField(self, queueEmptyField)))
		}
		ch := q.nonEmpty
		vm.FromObject(t).BlockingCall(func() { waitClosed(ch, left, wait >= 0) })
	}
}

// waitClosed waits until ch is closed, or for at most d when bounded.
func waitClosed(ch chan struct{}, d time.Duration, bounded bool) {
	if !bounded {
		<-ch
		return
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ch:
	case <-timer.C:
	}
}

// open claims the queue for the running transaction before its Go-side
// fields are read or changed: on the parallel STM the queue object is
// write-locked (so transactions of other threads wait for this one instead
// of racing on head and unfinished), and the fields are saved in case the
// attempt aborts. The wake-up channels are not restored: an abort can
// only cause a spurious wake-up, and every waiter checks again.
func (q *stmQueue) open(t *object.Thread, self Value) {
	if !t.TX.Parallel() {
		return
	}
	t.TX.OpenWrite(self.Addr())
	t.TX.SyncGo(&q.sync)
	if t.TX.NeedsUndo(q) {
		head, unfinished := q.head, q.unfinished
		t.TX.GoUndo(q, func() { q.head, q.unfinished = head, unfinished })
	}
}

// take removes the oldest item, compacting the list now and then.
func (q *stmQueue) take(t *object.Thread, self Value) (Value, bool) {
	q.open(t, self)
	items := object.Field(t, self, queueItemsField)
	n := object.ListLen(t, items)
	if q.head >= n {
		return Null, false
	}
	item := object.ListGet(t, items, q.head)
	object.ListSet(t, items, q.head, object.None)
	q.head++
	switch {
	case q.head == n:
		object.SetField(t, self, queueItemsField, object.NewList(t, nil))
		q.head = 0
	case q.head >= queueCompactAt && 2*q.head >= n:
		rest := object.ListItems(t, items)[q.head:]
		object.SetField(t, self, queueItemsField, object.NewList(t, rest))
		q.head = 0
	}
	return item, true
}

// localImplAttr is the hidden instance attribute of a pypystm.local: a
// list [per-thread dicts keyed by thread ident, init args tuple, init
// keyword names tuple].
const localImplAttr = "_local__impl"

// newLocalClass makes pypystm.local, a subclassable class whose instance
// attributes are per thread, like threading.local: a thread that first
// touches an instance gets a fresh attribute dict, and a subclass's
// __init__ runs again in that thread with the arguments of the
// construction.
func newLocalClass(t *object.Thread) (*object.Type, error) {
	ns := object.NewDict(t)
	object.DictSetStr(t, ns, "__module__", object.NewStr(t, "pypystm"))
	var methods []*object.Builtin
	def := func(name string, fn object.BuiltinFn, static bool) {
		b := &object.Builtin{Name: name, Fn: fn, Method: !static, Static: static}
		methods = append(methods, b)
		object.DictSetStr(t, ns, name, object.NewBuiltin(t, b))
	}
	def("__new__", localNew, true)
	def("__getattr__", localGetAttr, false)
	def("__setattr__", localSetAttr, false)
	def("__delattr__", localDelAttr, false)
	dictGetter := &object.Builtin{Name: "__dict__", Fn: func(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
		return localDict(t, args[0])
	}}
	object.DictSetStr(t, ns, "__dict__", object.NewProperty(t, object.NewBuiltin(t, dictGetter), object.None, object.None, object.None))
	cls, err := object.NewClass(t, "local", nil, ns)
	if err != nil {
		return nil, err
	}
	for _, b := range methods {
		if !b.Static {
			b.Owner = cls
		}
	}
	return cls, nil
}

// localNew is local.__new__(cls, *args, **kwargs).
func localNew(t *object.Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) == 0 || object.AsType(args[0]) == nil {
		return Null, object.TypeError("local.__new__(X): X is not a type object")
	}
	cls := object.AsType(args[0])
	rest := args[1:]
	if len(rest) > 0 && isObjectInit(t, cls) {
		return Null, object.TypeError("Initialization arguments are not supported")
	}
	self := object.NewInstance(t, cls)
	names := make([]Value, len(kw))
	for i, k := range kw {
		names[i] = object.NewStr(t, k)
	}
	own := object.NewDict(t)
	dicts := object.NewDict(t)
	if err := object.DictSet(t, dicts, object.MakeInt(t, vm.FromObject(t).Ident()), own); err != nil {
		return Null, err
	}
	impl := object.NewList(t, []Value{dicts, object.NewTuple(t, rest), object.NewTuple(t, names)})
	if err := object.GenericSetAttr(t, self, localImplAttr, impl); err != nil {
		return Null, err
	}
	return self, nil
}

func isObjectInit(t *object.Thread, cls *object.Type) bool {
	init := cls.Lookup(t, "__init__")
	if !object.IsBuiltin(init) {
		return false
	}
	b, _ := object.BuiltinOf(init)
	return b.Owner == object.ObjectType
}

// localDict returns the calling thread's attribute dict of self, making
// it (and running __init__ again) on the thread's first touch.
func localDict(t *object.Thread, self Value) (Value, error) {
	impl, err := object.GetAttr(t, self, localImplAttr)
	if err != nil || !object.IsList(impl) || object.ListLen(t, impl) != 3 {
		return Null, object.TypeError("pypystm.local object is not initialized")
	}
	dicts := object.ListGet(t, impl, 0)
	key := object.MakeInt(t, vm.FromObject(t).Ident())
	d, found, err := object.DictGet(t, dicts, key)
	if err != nil || found {
		return d, err
	}
	d = object.NewDict(t)
	if err := object.DictSet(t, dicts, key, d); err != nil {
		return Null, err
	}
	cls := object.TypeOf(self)
	if isObjectInit(t, cls) {
		return d, nil
	}
	// The stored arguments end with the keyword values, as a call's do.
	full := append([]Value{self}, object.TupleItems(object.ListGet(t, impl, 1))...)
	var kwnames []string
	for _, k := range object.TupleItems(object.ListGet(t, impl, 2)) {
		kwnames = append(kwnames, object.StrGo(k))
	}
	if _, err := object.Call(t, cls.Lookup(t, "__init__"), full, kwnames); err != nil {
		return Null, err
	}
	return d, nil
}

func localAttrName(args []Value, want int, fname string) (string, error) {
	if len(args) != want {
		return "", object.TypeError("expected %d arguments, got %d", want, len(args))
	}
	if !object.IsStr(args[0]) {
		return "", object.TypeError("attribute name must be string, not '%s'", object.TypeName(args[0]))
	}
	return object.StrGo(args[0]), nil
}

func localGetAttr(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	name, err := localAttrName(args, 1, "__getattr__")
	if err != nil {
		return Null, err
	}
	d, err := localDict(t, self)
	if err != nil {
		return Null, err
	}
	if v, ok := object.DictGetStr(t, d, name); ok {
		return v, nil
	}
	return Null, object.NewError(object.AttributeErrorType, "'%s' object has no attribute '%s'", object.TypeName(self), name)
}

func localSetAttr(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	name, err := localAttrName(args, 2, "__setattr__")
	if err != nil {
		return Null, err
	}
	if name == "__dict__" || name == localImplAttr {
		return Null, object.NewError(object.AttributeErrorType, "'%s' object attribute '%s' is read-only", object.TypeName(self), name)
	}
	d, err := localDict(t, self)
	if err != nil {
		return Null, err
	}
	object.DictSetStr(t, d, name, args[1])
	return object.None, nil
}

func localDelAttr(t *object.Thread, self Value, args []Value, kw []string) (Value, error) {
	name, err := localAttrName(args, 1, "__delattr__")
	if err != nil {
		return Null, err
	}
	d, err := localDict(t, self)
	if err != nil {
		return Null, err
	}
	found, err := object.DictDel(t, d, object.NewStr(t, name))
	if err == nil && !found {
		err = object.NewError(object.AttributeErrorType, "'%s' object has no attribute '%s'", object.TypeName(self), name)
	}
	return object.None, err
}
