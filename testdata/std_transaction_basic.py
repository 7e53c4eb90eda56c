# transaction (2013 API): add() many small calls, run() them on 1, 2, 4 and
# 8 threads; calls added from inside a running call also run; every call
# is atomic, so unlocked read-modify-writes of shared state stay exact.
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
import transaction
from pypystm import hint_commit_soon, is_atomic

results = []
total = [0]
atomic_levels = set()


def square(i):
    atomic_levels.add(is_atomic() > 0)
    results.append(i * i)
    t = total[0]
    for spin in range(i % 3):
        hint_commit_soon()
    total[0] = t + i


def fan_out(depth, label):
    results.append((depth, label))
    if depth < 3:
        for k in range(2):
            transaction.add(fan_out, depth + 1, label + str(k))


def keywords(a, b=0, *rest, **kw):
    results.append(("kw", a, b, rest, sorted(kw.items())))


for n in (1, 2, 4, 8):
    transaction.set_num_threads(n)
    del results[:]
    total[0] = 0
    for i in range(200):
        transaction.add(square, i)
    transaction.run()
    print(n, "threads:", len(results), sum(results), total[0], sorted(results)[:5], sorted(atomic_levels))

del results[:]
transaction.set_num_threads(3)
transaction.add(fan_out, 0, "r")
transaction.run()
print(len(results), sorted(results)[:4], sorted(results)[-2:])

del results[:]
transaction.add(keywords, 1)
transaction.add(keywords, 1, 2, 3, 4, x=5, y=6)
transaction.add(keywords, a=7, b=8)
transaction.run()
print(sorted(results, key=repr))

# run() with nothing added returns at once; it can be called again.
transaction.run()
transaction.run()
print("empty runs ok")
try:
    transaction.set_num_threads(0)
except ValueError as e:
    print("ValueError", e)
print(transaction.TransactionError.__name__, issubclass(transaction.TransactionError, Exception))
