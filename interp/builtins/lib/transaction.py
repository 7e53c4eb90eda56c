"""Run many small calls on several threads, each call atomically.

This is pypy-stm's ``transaction`` module (docs/threads.md): the 2013 API
(``add``, ``run``, ``set_num_threads``, ``TransactionError``) and the 2015
``TransactionQueue``. Every call runs inside ``with atomic:``, so whatever
the number of threads the outcome is that of running the calls one after
the other in some order. The first exception cancels the calls not yet
started and is raised again by ``run()``.

Design: a run owns a list of pending calls. Each worker thread repeats
"inside one atomic block: take the next call, run it, then publish the
calls it added". Because taking, running and publishing are one atomic
step, a worker that finds the list empty knows that no call is still
running anywhere (it would have had to finish first), so the run is over;
no worker ever has to wait for work. The module is plain Python over
``_thread`` and ``pypystm``, so it also runs under CPython and PyPy with
bench/shim/pypystm.py, where ``atomic`` is a reentrant lock.
"""

import _thread
from pypystm import atomic, is_atomic, hint_commit_soon, getsegmentlimit
from pypystm import stmdict, stmset, local, time, clock, queue, Empty

__all__ = ["add", "run", "set_num_threads", "TransactionError",
           "TransactionQueue", "atomic", "is_atomic",
           "hint_commit_soon", "getsegmentlimit", "stmdict", "stmset",
           "local", "time", "clock", "queue", "Empty"]


class TransactionError(Exception):
    pass


class _Run:
    """The state of one run() of a TransactionQueue, shared by its workers
    and only touched inside atomic blocks."""

    def __init__(self, pending):
        self.pending = pending
        self.head = 0
        self.error = None
        # added maps the ident of a worker that is running a call to the
        # calls that call added: they join the pending list only when the
        # call has finished without error.
        self.added = {}
        self.live = 0
        self.finished = _thread.allocate_lock()

    def next_call(self):
        if self.error is not None or self.head >= len(self.pending):
            return None
        call = self.pending[self.head]
        self.pending[self.head] = None
        self.head += 1
        if self.head >= 64 and 2 * self.head >= len(self.pending):
            del self.pending[:self.head]
            self.head = 0
        return call

    def add(self, call):
        mine = self.added.get(_thread.get_ident())
        if mine is not None:
            mine.append(call)
        else:
            self.pending.append(call)

    def work(self):
        me = _thread.get_ident()
        while True:
            with atomic:
                call = self.next_call()
                if call is None:
                    break
                self.run_one(me, call)
        with atomic:
            self.live -= 1
            if self.live == 0:
                self.finished.release()

    def run_one(self, me, call):
        mine = []
        self.added[me] = mine
        try:
            f, args, kwds = call
            f(*args, **kwds)
        except BaseException as e:
            if self.error is None:
                self.error = e
        else:
            self.pending.extend(mine)
        finally:
            del self.added[me]


class TransactionQueue:
    """A queue of calls that run() executes on several threads, each call
    atomically; calls may add further calls while they run."""

    def __init__(self):
        self._pending = []
        self._run = None

    def add(self, f, *args, **kwds):
        """Schedule f(*args, **kwds); from inside a running call it runs
        after that call, in the same run()."""
        with atomic:
            if self._run is not None:
                self._run.add((f, args, kwds))
            else:
                self._pending.append((f, args, kwds))

    def add_generator(self, generator_iterator):
        """Schedule a generator: each step up to its next yield runs as one
        atomic call, and the following step is scheduled after it."""
        self.add(_step_generator, self, generator_iterator)

    def run(self, nb_segments=0):
        """Run every scheduled call (and those they add) on nb_segments
        threads (default: getsegmentlimit()); raise the first exception."""
        if self._run is not None:
            raise TransactionError("recursive invocation of transaction.run()")
        if is_atomic():
            raise TransactionError("TransactionQueue.run() cannot be called in an atomic context")
        if nb_segments <= 0:
            nb_segments = getsegmentlimit()
        state = _Run(self._pending)
        self._pending = []
        self._run = state
        state.live = nb_segments
        state.finished.acquire()
        for i in range(nb_segments):
            _thread.start_new_thread(state.work, ())
        state.finished.acquire()
        self._run = None
        if state.error is not None:
            error = state.error
            state.error = None
            raise error


def _step_generator(tq, generator_iterator):
    try:
        next(generator_iterator)
    except StopIteration:
        return
    tq.add(_step_generator, tq, generator_iterator)


# The 2013 module-level API: one shared queue.

_queue = TransactionQueue()
_num_threads = 4


def add(f, *args, **kwds):
    """Schedule f(*args, **kwds) for the next (or the running) run()."""
    _queue.add(f, *args, **kwds)


def run():
    """Run every added call on the configured number of threads."""
    _queue.run(_num_threads)


def set_num_threads(num):
    """Set how many threads run() uses (4 unless set)."""
    global _num_threads
    if num < 1:
        raise ValueError("number of threads must be at least 1")
    _num_threads = num

