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


class stmdict:
    """pypy-stm's stmdict: dict-like, not a dict subclass (atompy's spreads
    keys over buckets; under CPython one dict does)."""

    __hash__ = None

    def __init__(self, *args, **kwargs):
        self._d = dict(*args, **kwargs)

    def __getitem__(self, key): return self._d[key]
    def __setitem__(self, key, value): self._d[key] = value
    def __delitem__(self, key): del self._d[key]
    def __contains__(self, key): return key in self._d
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(list(self._d))
    def __eq__(self, other):
        return self._d == (other._d if isinstance(other, stmdict) else other)
    def __ne__(self, other): return not self == other
    def __repr__(self): return "stmdict(" + repr(self._d) + ")"
    def get(self, key, default=None): return self._d.get(key, default)
    def setdefault(self, key, default=None): return self._d.setdefault(key, default)
    def pop(self, key, *default): return self._d.pop(key, *default)
    def popitem(self): return self._d.popitem()
    def keys(self): return list(self._d.keys())
    def values(self): return list(self._d.values())
    def items(self): return list(self._d.items())
    def update(self, *args, **kwargs): self._d.update(*args, **kwargs)
    def clear(self): self._d.clear()
    def copy(self): return stmdict(self._d)


class stmset:
    """pypy-stm's stmset: set-like, not a set subclass."""

    __hash__ = None

    def __init__(self, iterable=()):
        self._s = set(iterable)

    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
    def remove(self, x): self._s.remove(x)
    def __contains__(self, x): return x in self._s
    def __len__(self): return len(self._s)
    def __iter__(self): return iter(list(self._s))
    def pop(self): return self._s.pop()
    def clear(self): self._s.clear()
    def update(self, *iterables): self._s.update(*iterables)
    def __or__(self, other): return self._s | set(other)
    def __and__(self, other): return self._s & set(other)
    def __sub__(self, other): return self._s - set(other)
    def __xor__(self, other): return self._s ^ set(other)
    def __eq__(self, other):
        return self._s == (other._s if isinstance(other, stmset) else other)
    def __ne__(self, other): return not self == other
    def __repr__(self): return "stmset(" + repr(self._s) + ")"
    def copy(self): return stmset(self._s)


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
