"""The bisect module: binary search in sorted sequences.

The searches only index the sequence and compare with <, so they work on
any sequence; the insort functions call its insert method. hi=None (or -1,
the C implementation's own default) means len(a). With key, key is applied
to the sequence's items, not to x (except in insort, which inserts x at
the place of key(x)).
"""

__all__ = ["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"]


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The first index at which x could be inserted into sorted a, keeping
    it sorted: all of a[lo:i] are < x and all of a[i:hi] are >= x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The last index at which x could be inserted into sorted a, keeping
    it sorted: all of a[lo:i] are <= x and all of a[i:hi] are > x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a before any items equal to it."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a after any items equal to it."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right


# The Go versions replace the definitions above when present, as CPython's
# C _bisect does; the Python ones document the semantics and are the
# fallback.
try:
    from _bisect import bisect_left, bisect_right, insort_left, insort_right
except ImportError:
    pass
bisect = bisect_right
insort = insort_right
