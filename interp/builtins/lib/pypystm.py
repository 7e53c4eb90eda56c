"""pypy-stm's API (docs/threads.md maps every name).

Everything but stmdict and stmset is implemented in Go (module _pypystm).

stmdict and stmset (like pypy-stm's, not subclasses of dict and set)
spread their keys over _BUCKETS small tables by hash,
so that transactions of different threads that insert, update or delete
different keys touch different objects and do not conflict (a plain dict
has one size counter that every insertion writes). Two keys conflict only
when they fall in the same bucket. As in pypy-stm, the iteration order is
not the insertion order: it follows the buckets. len() reads every bucket,
so it conflicts with any concurrent insertion or deletion.
"""

from _pypystm import (atomic, exclusive_atomic, single_transaction, is_atomic,
                      hint_commit_soon, getsegmentlimit, last_abort_info,
                      discard_last_abort_info, count, time, clock, local,
                      queue, Empty, error)

_BUCKETS = 64
_MASK = _BUCKETS - 1
_missing = object()


class _Bucketed:
    """What stmdict and stmset share: _BUCKETS tables, a key's bucket chosen
    by its hash, and the operations that visit every bucket."""

    __hash__ = None

    def _bucket(self, key):
        return self._buckets[hash(key) & _MASK]

    def __len__(self):
        return sum(len(b) for b in self._buckets)

    def __iter__(self):
        for b in self._buckets:
            yield from list(b)

    def __ne__(self, other):
        return not self == other

    def clear(self):
        for b in self._buckets:
            b.clear()


class stmdict(_Bucketed):
    """A dict-like mapping whose different keys never conflict (different
    buckets). As in pypy-stm it is not a dict subclass."""

    def __init__(self, *args, **kwargs):
        self._buckets = [{} for _ in range(_BUCKETS)]
        if args or kwargs:
            self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._bucket(key)[key]

    def __setitem__(self, key, value):
        self._bucket(key)[key] = value

    def __delitem__(self, key):
        del self._bucket(key)[key]

    def __contains__(self, key):
        return key in self._bucket(key)

    def __eq__(self, other):
        if isinstance(other, stmdict):
            other = dict(other.items())
        return dict(self.items()) == other

    def __repr__(self):
        return "stmdict(" + repr(dict(self.items())) + ")"

    def get(self, key, default=None):
        return self._bucket(key).get(key, default)

    def setdefault(self, key, default=None):
        return self._bucket(key).setdefault(key, default)

    def pop(self, key, default=_missing):
        b = self._bucket(key)
        if default is _missing:
            return b.pop(key)
        return b.pop(key, default)

    def popitem(self):
        for b in self._buckets:
            if b:
                return b.popitem()
        raise KeyError("popitem(): dictionary is empty")

    def keys(self):
        return [k for b in self._buckets for k in b]

    def values(self):
        return [v for b in self._buckets for v in b.values()]

    def items(self):
        return [kv for b in self._buckets for kv in b.items()]

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        if args:
            src = args[0]
            if hasattr(src, "keys"):
                for k in src.keys():
                    self[k] = src[k]
            else:
                for k, v in src:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return stmdict(self.items())


class stmset(_Bucketed):
    """A set-like collection whose different keys never conflict (different
    buckets). As in pypy-stm it is not a set subclass."""

    def __init__(self, iterable=()):
        self._buckets = [set() for _ in range(_BUCKETS)]
        for x in iterable:
            self.add(x)

    def add(self, x):
        self._bucket(x).add(x)

    def discard(self, x):
        self._bucket(x).discard(x)

    def remove(self, x):
        self._bucket(x).remove(x)

    def __contains__(self, x):
        return x in self._bucket(x)

    def pop(self):
        for b in self._buckets:
            if b:
                return b.pop()
        raise KeyError("pop from an empty set")

    def update(self, *iterables):
        for it in iterables:
            for x in it:
                self.add(x)

    def _plain(self):
        s = set()
        for b in self._buckets:
            s |= b
        return s

    def __or__(self, other):
        return self._plain() | set(other)

    def __and__(self, other):
        return self._plain() & set(other)

    def __sub__(self, other):
        return self._plain() - set(other)

    def __xor__(self, other):
        return self._plain() ^ set(other)

    def __eq__(self, other):
        if isinstance(other, stmset):
            other = other._plain()
        return self._plain() == other

    def __repr__(self):
        return "stmset(" + repr(self._plain()) + ")"

    def copy(self):
        return stmset(self)
