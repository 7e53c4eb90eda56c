"""Run many small calls on several threads, each call atomically.

This is pypy-stm's ``transaction`` module (docs/threads.md): the 2013 API
(``add``, ``run``, ``set_num_threads``, ``TransactionError``) and the 2015
``TransactionQueue``. Every call runs inside ``with atomic:``, so whatever
the number of threads the outcome is that of running the calls one after
the other in some order. The first exception cancels the calls not yet
started and is raised again by ``run()``.

Design: a run owns a list of pending calls. Each worker thread repeats
three atomic steps: take the next call (and count it as running), run it
(recording the calls it adds in the worker's own list), then publish the
calls it added (and count it as finished). Taking and publishing are short
and touch the shared state; the call itself touches only what the call
touches plus the worker's own list, so on the STM calls of different
workers conflict only if the calls do. A worker that finds nothing to take
while calls are still running waits for them (they may add more); when
nothing is pending and nothing runs, the run is over. The module is plain
Python over ``_thread`` and ``pypystm``, so it also runs under CPython and
PyPy with bench/shim/pypystm.py, where ``atomic`` is a reentrant lock.
"""

import _thread
import time as _time
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
    and only touched inside atomic blocks. No attribute of the _Run itself
    is assigned once the workers start (the counters live in one-item
    lists), so the calls, which read its attributes, never conflict with the
    take and finish steps, which write the lists."""

    def __init__(self, pending):
        self.pending = pending
        self.head = [0]
        self.running = [0]
        self.live = [0]
        self.error = [None]
        # added maps the ident of each worker to the list where the call it
        # is running records the calls it adds: they join the pending list
        # only when the call has finished without error. Each worker writes
        # its entry once, before it runs any call.
        self.added = {}
        self.finished = _thread.allocate_lock()

    def next_call(self):
        head = self.head[0]
        if self.error[0] is not None or head >= len(self.pending):
            return None
        call = self.pending[head]
        self.pending[head] = None
        head += 1
        if head >= 64 and 2 * head >= len(self.pending):
            del self.pending[:head]
            head = 0
        self.head[0] = head
        return call

    def add(self, call):
        mine = self.added.get(_thread.get_ident())
        if mine is not None:
            mine.append(call)
        else:
            with atomic:
                self.pending.append(call)

    def work(self):
        me = _thread.get_ident()
        mine = []
        with atomic:
            self.added[me] = mine
        while True:
            with atomic:
                call = self.next_call()
                if call is not None:
                    self.running[0] += 1
                elif self.running[0] == 0 or self.error[0] is not None:
                    break
            # End the transaction here, so that the call below runs in a
            # transaction of its own and the shared state is not held
            # (locked on the STM) while it runs.
            hint_commit_soon()
            if call is None:
                _wait_a_little()
                continue
            with atomic:
                failed = self.run_one(call, mine)
            with atomic:
                self.running[0] -= 1
                if not failed:
                    self.pending.extend(mine)
                mine.clear()
            hint_commit_soon()
        with atomic:
            self.live[0] -= 1
            if self.live[0] == 0:
                self.finished.release()

    def run_one(self, call, mine):
        try:
            f, args, kwds = call
            f(*args, **kwds)
        except BaseException as e:
            if self.error[0] is None:
                self.error[0] = e
            return True
        return False


def _wait_a_little():
    """A worker with nothing to take while calls still run: let them go on
    (outside any transaction) before looking again."""
    _time.sleep(0.0001)


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
        state.live[0] = nb_segments
        state.finished.acquire()
        for i in range(nb_segments):
            _thread.start_new_thread(state.work, ())
        state.finished.acquire()
        self._run = None
        if state.error[0] is not None:
            error = state.error[0]
            state.error[0] = None
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

