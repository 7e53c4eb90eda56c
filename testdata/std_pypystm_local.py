# pypystm.stmdict, stmset (dict and set where different keys never
# conflict) and local (one attribute dict per thread, subclassable, with
# __init__ run again in each thread).
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
import _thread
import pypystm
from pypystm import atomic, stmdict, stmset, local

d = stmdict()
d["a"] = 1
d.update(b=2, c=3)
print(sorted(d.items()), len(d), "a" in d, d.get("z", 0), isinstance(d, dict), isinstance(d, stmdict))
del d["b"]
print(sorted(d), d.pop("c"), d.setdefault("e", 5), sorted(d.items()))
d2 = stmdict([(1, "x"), (2, "y")])
print(sorted(d2.items()), type(d2).__name__)
s = stmset([3, 1, 2])
s.add(5)
s.discard(1)
print(sorted(s), 3 in s, len(s), isinstance(s, set), isinstance(s, stmset), type(s).__name__)
print(sorted(s | {9}), sorted(s & {2, 3, 4}))

# Shared stmdict/stmset updated by threads inside atomic.
shared = stmdict()
seen = stmset()


def fill(tid, n, done):
    for i in range(n):
        with atomic:
            key = i % 10
            shared[key] = shared.get(key, 0) + 1
            seen.add(tid * 1000 + i)
    done.release()


locks = []
for tid in range(4):
    done = _thread.allocate_lock()
    done.acquire()
    locks.append(done)
    _thread.start_new_thread(fill, (tid, 50, done))
for done in locks:
    done.acquire()
print(sorted(shared.items()), len(seen))

# local: attributes are per thread.
loc = local()
loc.x = "main"
print(loc.x, hasattr(loc, "y"))
try:
    loc.y
except AttributeError as e:
    print("AttributeError")
del loc.x
print(hasattr(loc, "x"))
loc.x = "main again"


class Counter(local):
    def __init__(self, start):
        self.n = start
        self.log = []

    def bump(self):
        self.n += 1
        self.log.append(self.n)
        return self.n


c = Counter(10)
c.bump()
results = {}


def in_thread(tid, done):
    # A new thread sees its own, freshly initialised attributes.
    first = (hasattr(loc, "x"), c.n)
    for i in range(tid + 1):
        c.bump()
    loc.x = tid
    with atomic:
        results[tid] = (first, c.n, c.log, loc.x)
    done.release()


locks = []
for tid in range(4):
    done = _thread.allocate_lock()
    done.acquire()
    locks.append(done)
    _thread.start_new_thread(in_thread, (tid, done))
for done in locks:
    done.acquire()
for tid in sorted(results):
    print(tid, results[tid])
print("main keeps", loc.x, c.n, c.log)
try:
    local(1)
except TypeError as e:
    print("TypeError")
