# transaction.TransactionQueue: add, add_generator (each step up to a
# yield is one atomic call) and run(nb_segments) on 1, 2, 4 and 8
# threads; the outcome is that of a serial run.
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
import transaction
from transaction import TransactionQueue
from pypystm import is_atomic, hint_commit_soon

log = []
balance = {"a": 1000, "b": 1000, "c": 1000}


def walker(name, steps):
    for i in range(steps):
        # Each step is atomic: the two writes are never seen apart.
        src = ("a", "b", "c")[i % 3]
        dst = ("a", "b", "c")[(i + 1) % 3]
        x = balance[src]
        hint_commit_soon()
        balance[src] = x - 1
        balance[dst] = balance[dst] + 1
        log.append((name, i, is_atomic() > 0))
        yield


def word_lengths(words, out):
    for w in words:
        out[w] = out.get(w, 0) + len(w)


for segments in (1, 2, 4, 8, 0):
    del log[:]
    tq = TransactionQueue()
    for k in range(5):
        tq.add_generator(walker("g%d" % k, 20 + k))
    out = {}
    text = "the quick brown fox jumps over the lazy dog again and again".split()
    for w in text:
        tq.add(word_lengths, [w], out)
    tq.run(segments)
    per = {}
    for name, i, at in log:
        per.setdefault(name, []).append(i)
    in_order = all(v == list(range(len(v))) for v in per.values())
    print(segments, len(log), sorted((k, len(v)) for k, v in per.items()), in_order,
          all(at for _, _, at in log), sum(balance.values()), sorted(out.items())[:3])

# A queue can be filled and run again; generators may add more calls.
tq = TransactionQueue()
seen = []


def spawner(n):
    for i in range(n):
        tq.add(seen.append, (n, i))
        yield


tq.add_generator(spawner(3))
tq.add_generator(iter([]))
tq.run(2)
print(sorted(seen))
del seen[:]
tq.add(seen.append, "again")
tq.run()
print(seen)


def bad_gen():
    yield
    raise IndexError("generator step failed")


tq.add_generator(bad_gen())
try:
    tq.run(4)
except IndexError as e:
    print("IndexError", e)
