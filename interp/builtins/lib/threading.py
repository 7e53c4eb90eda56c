"""Thread objects and synchronisation primitives, built on _thread.

atompy's own implementation of CPython 3.11's threading API. Every
blocking wait ends in a _thread lock acquire, which ends the current
transaction while it waits (vm.Thread.BlockingCall), so a waiting thread
never stops the others. Nothing here spins.

Design:
* A Thread's join lock (_join_lock) is taken by start() in the starting
  thread and released by the new thread when run() has finished; join()
  acquires and releases it. _thread locks have no owner, which is what
  makes this hand-over legal.
* Condition keeps one waiter lock per waiting thread: wait() takes a fresh
  lock, queues it and blocks acquiring it a second time; notify() releases
  the first n queued locks.
* Event, Semaphore and Barrier are built on Condition.
* local keeps a dict per thread identifier and reaches it through
  __getattr__/__setattr__/__delattr__ (atompy has no __getattribute__).
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = [
    "get_ident", "get_native_id", "active_count", "activeCount",
    "Condition", "current_thread", "currentThread", "enumerate",
    "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
    "ThreadError", "ExceptHookArgs", "excepthook", "local", "stack_size",
]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_print_exception = _thread._print_exception
get_ident = _thread.get_ident
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

# Lock is the primitive lock itself, as in CPython.
Lock = _thread.allocate_lock


def get_native_id():
    """Return the thread's identifier (atompy has no separate OS id)."""
    return get_ident()


def stack_size(size=0):
    """Guest threads are goroutines: there is no stack size to set."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


class RLock:
    """A reentrant lock: the owning thread may acquire it again; it is
    free when it has been released as often as acquired."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        owner = self._owner if self._owner is not None else 0
        return "<%s _thread.RLock object owner=%r count=%d at %s>" % (
            state, owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        # Only this thread can make _owner equal to its own identifier,
        # so reading it without the lock is safe.
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # The protocol Condition uses to drop a lock entirely while waiting,
    # whatever its recursion depth, and to restore it afterwards.

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    """A condition variable over a lock (an RLock unless one is given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to drop and restore themselves (RLock) lend
        # those methods; the plain versions below serve primitive locks.
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A primitive lock has no owner: guess that whoever finds it taken
        # holds it, as CPython does.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                waiter.acquire()
                woken = True
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                self._forget(waiter)

    def _forget(self, waiter):
        try:
            self._waiters.remove(waiter)
        except ValueError:
            pass

    def wait_for(self, predicate, timeout=None):
        deadline = None
        result = predicate()
        while not result:
            wait = timeout
            if timeout is not None:
                if deadline is None:
                    deadline = _time() + timeout
                else:
                    wait = deadline - _time()
                    if wait <= 0:
                        break
            self.wait(wait)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        woken = 0
        while waiters and woken < n:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # The waiter timed out and released nothing to us.
                continue
            woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                wait = timeout
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        wait = deadline - _time()
                    if wait <= 0:
                        return False
                self._cond.wait(wait)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait to become true."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            # Only set() notifies, so one wakeup means the flag was set.
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One filling of a Barrier: the threads waiting in it share it, so a
    reset or the next round cannot confuse them."""

    def __init__(self):
        self.passed = False
        self.broken = False


class Barrier:
    """Lets `parties` threads wait for each other, round after round."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._round = _Round()
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            if self._count == self._parties:
                self._pass()
                return index
            this = self._round
            self._cond.wait_for(lambda: this.passed or this.broken, timeout)
            if this.passed:
                return index
            if not this.broken:
                self._break()
            raise BrokenBarrierError

    def _pass(self):
        # The last thread runs the action; if it fails, every waiter of
        # the round gets BrokenBarrierError and the caller the exception.
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._round.passed = True
        self._round = _Round()
        self._count = 0
        self._cond.notify_all()

    def _break(self):
        self._broken = True
        self._round.broken = True
        self._round = _Round()
        self._count = 0
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                self._round.broken = True
                self._round = _Round()
                self._count = 0
                self._cond.notify_all()
            self._broken = False

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._broken:
            return 0
        return self._count

    @property
    def broken(self):
        return self._broken


# Thread bookkeeping. _active maps the identifiers of running threads to
# their Thread objects; _limbo holds threads between start() and the
# moment they register themselves.
_active_lock = _allocate_lock()
_active = {}
_limbo = {}
_name_counter = 0


def _newname(template):
    global _name_counter
    with _active_lock:
        _name_counter += 1
        n = _name_counter
    return template % n


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: a 4-tuple with named fields,
    like CPython's struct sequence."""

    def __new__(cls, seq):
        items = tuple(seq)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(items))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on sys.stderr."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr = _sys.stderr
    if stderr is not None:
        stderr.write("Exception in thread %s:\n" % name)
        stderr.flush()
    _print_exception(args.exc_value)


__excepthook__ = excepthook


class Thread:
    """A thread of control: call start() to run run() in a new thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name is not None:
                    name += " (%s)" % target_name
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._join_lock = None
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._join_lock = _allocate_lock()
        self._join_lock.acquire()
        # Started from now on: a thread in _limbo can be joined (by
        # _shutdown, say) before start_new_thread returns.
        self._started = True
        with _active_lock:
            _limbo[self] = self
        try:
            self._ident = _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _active_lock:
                del _limbo[self]
            self._started = False
            self._join_lock.release()
            raise

    def _bootstrap(self):
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self
            _limbo.pop(self, None)
        try:
            self.run()
        except BaseException:
            self._report_exception()
        finally:
            with _active_lock:
                self._is_stopped = True
                _active.pop(self._ident, None)
            self._join_lock.release()

    def _report_exception(self):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        try:
            excepthook(ExceptHookArgs((exc_type, exc_value, exc_tb, self)))
        except BaseException as e:
            # Report the hook's own failure alone, as CPython does.
            e.__suppress_context__ = True
            stderr = _sys.stderr
            if stderr is not None:
                stderr.write("Exception in threading.excepthook:\n")
                stderr.flush()
            _print_exception(e)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Let go of the target and its arguments once they have run.
            self._target = None
            self._args = None
            self._kwargs = None

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        lock = self._join_lock
        if timeout is None:
            got = lock.acquire()
        else:
            got = lock.acquire(True, max(timeout, 0))
        if got:
            # Let the other joiners through too.
            lock.release()

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The program's main thread (even if another thread imported
    threading): always started."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _thread._main_ident()
        self._join_lock = _allocate_lock()
        self._join_lock.acquire()
        with _active_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def enumerate():
    """Return the Thread objects of every live thread."""
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


def active_count():
    with _active_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def _shutdown():
    """Wait for every non-daemon thread: the interpreter calls this when
    the main program has finished."""
    main = _main_thread
    if main._is_stopped:
        return
    with _active_lock:
        main._is_stopped = True
    main._join_lock.release()
    while True:
        with _active_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not main
                       and not isinstance(t, _DummyThread)]
        if not pending:
            return
        for t in pending:
            t.join()
        # Threads may have started others while we waited.


class local:
    """Attributes whose values are private to each thread.

    The values live in one dict per thread identifier. Normal lookup
    finds methods and properties of the class; __getattr__ is asked for
    everything else. A subclass's __init__ runs again, with the original
    arguments, the first time another thread touches the object.
    """

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__dicts", {get_ident(): {}})
        object.__setattr__(self, "_local__args", (args, kwargs))
        return self

    def _local__dict(self):
        ident = get_ident()
        dicts = self._local__dicts
        d = dicts.get(ident)
        if d is None:
            d = {}
            dicts[ident] = d
            init = type(self).__init__
            if init is not object.__init__:
                args, kwargs = self._local__args
                init(self, *args, **kwargs)
        return d

    def __getattr__(self, name):
        if name.startswith("_local__"):
            raise AttributeError(name)
        d = self._local__dict()
        try:
            return d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name)) from None

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        if _class_property(type(self), name) is not None:
            object.__setattr__(self, name, value)
            return
        self._local__dict()[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        if _class_property(type(self), name) is not None:
            object.__delattr__(self, name)
            return
        d = self._local__dict()
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name))
        del d[name]


def _local_type_name(obj):
    # CPython's local is the C type _thread._local.
    cls = type(obj)
    return "_thread._local" if cls is local else cls.__name__


def _class_property(cls, name):
    """The property called name along cls's MRO, or None."""
    for klass in cls.__mro__:
        attr = klass.__dict__.get(name)
        if attr is not None:
            return attr if isinstance(attr, property) else None
    return None


_main_thread = _MainThread()
