"""pypystm for CPython and PyPy without STM, so that the programs written
for atompy (or pypy-stm) run unchanged: put bench/shim on sys.path.

atomic is one process-wide reentrant lock. It only excludes other atomic
blocks, not plain code, which is enough for programs that do every shared
update inside `with atomic:` (the style of pypy-stm's benchmarks). The
nesting count and the error messages follow pypy-stm; thread.error is
RuntimeError in Python 3.
"""

import itertools as _itertools
import queue as _queue
import threading as _threading
import time as _time

error = RuntimeError

_lock = _threading.RLock()
_depth = _threading.local()


def _level():
    return getattr(_depth, "n", 0)


class _Atomic:
    def __init__(self, name, exclusive=False, single=False):
        self._name = name
        self._exclusive = exclusive

    def __enter__(self):
        if self._exclusive and _level() > 0:
            raise error("exclusive_atomic block can't be entered inside another atomic block")
        _lock.acquire()
        _depth.n = _level() + 1

    def __exit__(self, *exc):
        if _level() == 0:
            raise error("atomic.__exit__(): more exits than enters")
        _depth.n = _level() - 1
        _lock.release()
        return False

    def __repr__(self):
        return "<pypystm.%s>" % self._name


atomic = _Atomic("atomic")
exclusive_atomic = _Atomic("exclusive_atomic", exclusive=True)
single_transaction = _Atomic("single_transaction")


def is_atomic():
    return _level()


def hint_commit_soon():
    return None


def getsegmentlimit():
    return 1


def last_abort_info():
    return None


def discard_last_abort_info():
    return None


_counter = _itertools.count(1)


def count():
    # next() on itertools.count is atomic under a GIL.
    return next(_counter)


def time():
    return _time.time()


def clock():
    return _time.process_time()


class stmdict(dict):
    pass


class stmset(set):
    pass


Empty = _queue.Empty


class queue:
    """An unbounded queue with pypy-stm's interface."""

    def __init__(self):
        self._q = _queue.Queue()

    def put(self, item):
        self._q.put(item)

    def get(self, block=True, timeout=None):
        return self._q.get(block, timeout)

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


local = _threading.local
