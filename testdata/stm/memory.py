"""Memory: a long multithreaded run keeps a flat footprint.

UNITS streams of SIZE rounds (dealt over THREADS threads) each build and
drop a batch of garbage per round: a list of small objects, each holding a
dict, a tuple and a string, folded into a checksum (and counted, one small
`with atomic:` per object, in the stream's own tally) and then dropped. A
stream also replaces, inside `with atomic:`, one slot of a small shared
ring, so that objects escape to other threads and die later, from another
thread's transaction. What is live at any moment does not grow with SIZE,
so the peak resident set must not either: the Go test runs this program
with two sizes and compares the peaks (cmd/atompy/stm_test.go). The output
is the checksum, which does not depend on the thread count.

Usage: memory.py [THREADS] [SIZE]
"""

from imp_helper_stm import UNITS, args, atomic, expect, finish, run_threads, units_of

THREADS, SIZE = args(200)
BATCH = 60
RING = 32
MOD = 2147483647


class Item:
    def __init__(self, i, unit):
        self.key = "item-%d-%d" % (unit, i)
        self.fields = {"i": i, "sq": i * i, "unit": unit}
        self.pair = (i, [unit] * 3)


ring = [None] * RING


class Tally:
    def __init__(self):
        self.items = 0
        self.chars = 0


tallies = [Tally() for _ in range(UNITS)]


def round_(unit, r):
    items = [Item(r * BATCH + i, unit) for i in range(BATCH)]
    acc = 0
    tally = tallies[unit]
    for it in items:
        acc += it.fields["sq"] % 1000 + len(it.key) + sum(it.pair[1])
        # Many small transactions, each with a write to back up.
        with atomic:
            tally.items += 1
            tally.chars += len(it.key)
    with atomic:
        ring[(unit * 7 + r) % RING] = items[r % BATCH]
    return acc


def stream(unit, sums):
    acc = 0
    for r in range(SIZE):
        acc = (acc * 31 + round_(unit, r)) % MOD
    sums[unit] = acc


def worker(thread, sums):
    def run():
        for unit in units_of(thread, THREADS):
            stream(unit, sums)
    return run


sums = [0] * UNITS
run_threads([worker(t, sums) for t in range(THREADS)])
expect("ring slots filled", sum(1 for x in ring if x is not None), min(RING, UNITS * SIZE))
expect("items tallied", sum(t.items for t in tallies), UNITS * SIZE * BATCH)
finish()

total = 0
for s in sums:
    total = (total * 131 + s) % MOD
print("rounds", UNITS * SIZE, "checksum", total)
print("items", sum(t.items for t in tallies), "chars", sum(t.chars for t in tallies))
