# pypystm: the atomic context managers, their nesting count and errors, and
# the small functions (pypy-stm section 1 of docs/threads.md).
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
import pypystm
from pypystm import atomic, exclusive_atomic, is_atomic

print("start", is_atomic(), pypystm.getsegmentlimit() >= 1)
with atomic:
    print("one", is_atomic())
    with atomic:
        print("two", is_atomic())
        with atomic:
            print("three", is_atomic())
        print("back to", is_atomic())
print("after", is_atomic())

# exclusive_atomic: fine at level 0, an error inside any atomic block.
with exclusive_atomic:
    print("exclusive", is_atomic())
    try:
        with exclusive_atomic:
            print("not reached")
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        with atomic:
            with exclusive_atomic:
                print("not reached")
    except pypystm.error as e:
        print("error is RuntimeError:", type(e) is RuntimeError, e)
    print("still", is_atomic())
print("after exclusive", is_atomic())

# Extra exits raise and leave the count at zero.
try:
    atomic.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
atomic.__enter__()
atomic.__enter__()
print("manual", is_atomic())
atomic.__exit__(None, None, None)
atomic.__exit__(None, None, None)
print("manual done", is_atomic())


# An exception leaving an atomic block still closes it.
def fail_inside(depth):
    with atomic:
        if depth == 0:
            raise KeyError("deep")
        fail_inside(depth - 1)


try:
    fail_inside(4)
except KeyError as e:
    print("KeyError", e, is_atomic())

# The block does not swallow exceptions.
try:
    with atomic:
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, is_atomic())

with pypystm.single_transaction:
    print("single", is_atomic())
print("after single", is_atomic())

# hint_commit_soon is allowed anywhere and returns None.
print(pypystm.hint_commit_soon())
with atomic:
    print(pypystm.hint_commit_soon(), is_atomic())

print("abort info", pypystm.last_abort_info(), pypystm.last_abort_info())
counts = [pypystm.count() for i in range(5)]
print("count increasing", all(a < b for a, b in zip(counts, counts[1:])), counts[0] > 0)
t0 = pypystm.time()
c0 = pypystm.clock()
x = 0
for i in range(10000):
    x += i
print("time", type(t0).__name__, pypystm.time() >= t0, t0 > 1e9)
print("clock", type(c0).__name__, pypystm.clock() >= c0)
print(x)
