"""The heapq module: binary min-heaps kept in plain lists.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k. The sift
procedures follow the classic "bottom-up" variant that CPython uses (walk
the smaller child down to a leaf, then bubble the new item back up), so
that after every operation the list holds exactly what CPython's would:
programs that print a heap see the same order. Only < is used to compare
items, as in CPython. The _max variants serve merge(reverse=True) and
nlargest, which keep max-heaps.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _sift_toward_root(heap, top, pos):
    # Move heap[pos] up while it is smaller than its parent; top bounds the
    # walk (the root of the sub-heap being repaired).
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Drive the hole at pos down to a leaf along the smaller children, then
    # settle the displaced item from there: fewer comparisons on average
    # than stopping early, and the order CPython produces.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def _sift_toward_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, top, pos)


def _check_list(name, heap, which=" 1"):
    # CPython's argument-clinic wording: functions of one argument say
    # "argument", and None is named as such.
    if not isinstance(heap, list):
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(name + "() argument" + which + " must be list, not " + got)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list("heappush", heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item, keeping the heap invariant."""
    _check_list("heappop", heap, "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (in one step)."""
    _check_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (in one step)."""
    _check_list("heappushpop", heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(heap, /):
    """Transform a list into a heap, in place, in linear time."""
    _check_list("heapify", heap, "")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sift_toward_leaves(heap, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return largest


def _heapify_max(heap):
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sift_toward_leaves_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (a generator).

    Ties go to the earlier input: every heap entry carries its input's
    position, which breaks ties, so the merge is stable."""
    if reverse:
        pop, replace, make = _heappop_max, _heapreplace_max, _heapify_max
        order = -1
    else:
        pop, replace, make = heappop, heapreplace, heapify
        order = 1
    entries = []
    for pos, src in enumerate(iterables):
        it = iter(src)
        for first in it:
            if key is None:
                entries.append([first, pos * order, it])
            else:
                entries.append([key(first), pos * order, first, it])
            break
    make(entries)
    while len(entries) > 1:
        entry = entries[0]
        if key is None:
            yield entry[0]
            nxt = _next_or_end(entry[2])
            if nxt is _END:
                pop(entries)
            else:
                entry[0] = nxt
                replace(entries, entry)
        else:
            yield entry[2]
            nxt = _next_or_end(entry[3])
            if nxt is _END:
                pop(entries)
            else:
                entry[0] = key(nxt)
                entry[2] = nxt
                replace(entries, entry)
    if entries:
        entry = entries[0]
        if key is None:
            yield entry[0]
            yield from entry[2]
        else:
            yield entry[2]
            yield from entry[3]


class _End:
    pass


_END = _End()


def _next_or_end(it):
    for x in it:
        return x
    return _END


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (like
    sorted(iterable, key=key)[:n], and stable in the same way)."""
    if n == 1:
        it = iter(iterable)
        sentinel = _END
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep a max-heap of the n best seen so far; the running counter
    # breaks ties in favour of earlier items and keeps items themselves
    # from being compared when their keys are equal.
    it = iter(iterable)
    if key is None:
        best = [(x, i) for i, x in zip(range(n), it)]
        if not best:
            return best
        _heapify_max(best)
        worst = best[0][0]
        i = n
        for x in it:
            if x < worst:
                _heapreplace_max(best, (x, i))
                worst = best[0][0]
                i += 1
        best.sort()
        return [e[0] for e in best]
    best = [(key(x), i, x) for i, x in zip(range(n), it)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    i = n
    for x in it:
        k = key(x)
        if k < worst:
            _heapreplace_max(best, (k, i, x))
            worst = best[0][0]
            i += 1
    best.sort()
    return [e[2] for e in best]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (like
    sorted(iterable, key=key, reverse=True)[:n])."""
    if n == 1:
        it = iter(iterable)
        sentinel = _END
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best; the counter counts down so that, among
    # equal items, earlier ones rank higher.
    it = iter(iterable)
    if key is None:
        best = [(x, i) for i, x in zip(range(0, -n, -1), it)]
        if not best:
            return best
        heapify(best)
        worst = best[0][0]
        i = -n
        for x in it:
            if worst < x:
                heapreplace(best, (x, i))
                worst = best[0][0]
                i -= 1
        best.sort(reverse=True)
        return [e[0] for e in best]
    best = [(key(x), i, x) for i, x in zip(range(0, -n, -1), it)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    i = -n
    for x in it:
        k = key(x)
        if worst < k:
            heapreplace(best, (k, i, x))
            worst = best[0][0]
            i -= 1
    best.sort(reverse=True)
    return [e[2] for e in best]
