"""Synchronised queues for passing work between threads.

atompy's own implementation of CPython 3.11's queue API on top of
threading. Queue and its subclasses guard their storage with one mutex
and three Conditions over it (not_empty, not_full, all_tasks_done), so
every wait ends the current transaction in a _thread lock acquire;
SimpleQueue counts its items with a Semaphore and guards its storage
with a Lock.

The FIFO storage is a pair of lists (items are appended to one and
popped from the reversed other), amortised O(1) per operation without
depending on collections.
"""

import threading
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue",
           "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    pass


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


class _Fifo:
    """First in, first out: append to _back; pop from _front, which holds
    the older items in reverse order."""

    def __init__(self):
        self._front = []
        self._back = []

    def append(self, item):
        self._back.append(item)

    def popleft(self):
        if not self._front:
            back = self._back
            back.reverse()
            self._front = back
            self._back = []
        return self._front.pop()

    def clear(self):
        self._front = []
        self._back = []

    def __len__(self):
        return len(self._front) + len(self._back)

    def __iter__(self):
        return iter(self._front[::-1] + self._back)

    def __repr__(self):
        return "deque(%r)" % (list(self),)


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                self._wait_until(self.not_full, self._has_room, block,
                                 timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            self._wait_until(self.not_empty, self._qsize, block, timeout,
                             Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _has_room(self):
        return self._qsize() < self.maxsize

    def _wait_until(self, cond, ready, block, timeout, failure):
        """Wait on cond (held) until ready() is true, raising failure when
        not blocking or when the timeout passes first."""
        if not block:
            if not ready():
                raise failure
            return
        _check_timeout(timeout)
        if timeout is None:
            while not ready():
                cond.wait()
            return
        deadline = _time() + timeout
        while not ready():
            left = deadline - _time()
            if left <= 0.0:
                raise failure
            cond.wait(left)

    # The storage hooks that subclasses override.

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Retrieves the smallest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _Fifo()
        # _Fifo's methods are not atomic: two getters may pop at once.
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        with self._lock:
            self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if not block:
            timeout = None
        _check_timeout(timeout)
        if not self._count.acquire(block, timeout):
            raise Empty
        with self._lock:
            return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        with self._lock:
            return len(self._queue) == 0

    def qsize(self):
        with self._lock:
            return len(self._queue)
