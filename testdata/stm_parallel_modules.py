# Threads that import standard modules (already loaded by the main thread,
# so an import only reads sys.modules), read module globals and module
# attributes through shared code, and define classes of their own (named
# tuples, subclasses of shared bases) while running in parallel. Each thread
# mutates only its own objects; the output must match CPython's.
import threading
import math
import collections
import functools
import itertools
import heapq
import bisect
import string

SCALE = 3
LIMIT = 97
TABLE = {"a": 1, "b": 2, "c": 3}
NAMES = ("alpha", "beta", "gamma", "delta")


class Base:
    tag = "base"

    def score(self, x):
        return x * SCALE

    def __repr__(self):
        return f"{type(self).__name__}({self.tag})"


def helper(x):
    return (x * SCALE) % LIMIT + TABLE["b"]


def worker(tid, n, out):
    import math as m2
    from functools import reduce
    Point = collections.namedtuple(f"Point{tid}", ["x", "y"])

    class Local(Base):
        tag = f"local{tid}"

        def score(self, x):
            return super().score(x) + tid

    loc = Local()
    heap = []
    sorted_keys = []
    counter = collections.Counter()
    dq = collections.deque(maxlen=7)
    total = 0
    for i in range(n):
        p = Point(i, tid)
        total += helper(p.x) + loc.score(p.y)
        total += int(m2.sqrt(i)) + math.floor(math.log(i + 1))
        heapq.heappush(heap, (i * 7 + tid) % 101)
        if len(heap) > 10:
            heapq.heappop(heap)
        bisect.insort(sorted_keys, (i * 13) % 37)
        if len(sorted_keys) > 20:
            sorted_keys.pop(0)
        word = NAMES[i % len(NAMES)]
        counter[word[0]] += 1
        dq.append(word.upper())
        if string.ascii_lowercase.index(word[0]) < 3:
            total += 1
    total += reduce(lambda a, b: a + b, range(n))
    total += sum(x * y for x, y in itertools.product(range(5), repeat=2))
    total += functools.reduce(max, heap)
    out["total"] = total
    out["heap"] = sorted(heap)
    out["keys"] = sorted_keys[:5]
    out["counter"] = sorted(counter.items())
    out["dq"] = list(dq)
    out["repr"] = repr(loc)
    out["point"] = repr(Point(1, 2)).replace(f"Point{tid}", "Point")
    out["mro"] = [c.__name__ for c in type(loc).__mro__]


def main():
    nthreads, n = 4, 800
    outs = [{} for _ in range(nthreads)]
    threads = [threading.Thread(target=worker, args=(k, n, outs[k])) for k in range(nthreads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for k, o in enumerate(outs):
        print(k, o["total"], o["heap"], o["keys"])
        print(" ", o["counter"], o["dq"], o["repr"], o["point"], o["mro"])


main()
