"""Exact counters: no update may be lost.

UNITS streams of SIZE steps (dealt over THREADS threads) each increment
shared counters held in three kinds of storage, every increment a
read-modify-write inside `with atomic:`: the cells of one shared list, the
values of one shared dict, and attributes of one shared object (one
attribute written by every stream, one per stream-parity, and a running sum
that also depends on the step). A lost update, a torn or half-rolled-back
transaction makes a total come out short. Each stream also increments its
own slot of one shared list and its own key of one shared dict *without*
atomic: nobody else writes there, so those too must come out exact (an STM
that confused neighbouring slots, or rolled one thread's slot back with
another's conflict, would lose some).

Usage: counters.py [THREADS] [SIZE]
"""

from imp_helper_stm import UNITS, Rng, args, atomic, expect, finish, run_threads, units_of

THREADS, SIZE = args(2000)
CELLS = 7


class Counters:
    def __init__(self):
        self.hits = 0
        self.even = 0
        self.odd = 0
        self.weighted = 0


cells = [0] * CELLS
table = {"k%d" % i: 0 for i in range(CELLS)}
obj = Counters()
own_slots = [0] * UNITS
own_keys = {u: 0 for u in range(UNITS)}


def stream(unit):
    rng = Rng(unit * 7919 + 1)
    for step in range(SIZE):
        c = rng.below(CELLS)
        with atomic:
            cells[c] += 1
            key = "k%d" % ((c + step) % CELLS)
            table[key] = table[key] + 1
            obj.hits += 1
            if unit % 2 == 0:
                obj.even += 1
            else:
                obj.odd += 1
            obj.weighted += step % 10
        # Plain read-modify-writes of locations this stream alone writes.
        own_slots[unit] += 1
        own_keys[unit] = own_keys[unit] + 2


def worker(thread):
    def run():
        for unit in units_of(thread, THREADS):
            stream(unit)
    return run


run_threads([worker(t) for t in range(THREADS)])

total = UNITS * SIZE
weighted = UNITS * sum(step % 10 for step in range(SIZE))
expect("sum(cells)", sum(cells), total)
expect("sum(table)", sum(table.values()), total)
expect("obj.hits", obj.hits, total)
expect("obj.even + obj.odd", obj.even + obj.odd, total)
expect("obj.even", obj.even, (UNITS + 1) // 2 * SIZE)
expect("obj.weighted", obj.weighted, weighted)
for u in range(UNITS):
    expect("own_slots[%d]" % u, own_slots[u], SIZE)
    expect("own_keys[%d]" % u, own_keys[u], 2 * SIZE)
finish()

print("cells", cells)
print("table", sorted(table.items()))
print("hits", obj.hits, "even", obj.even, "odd", obj.odd, "weighted", obj.weighted)
print("own", sum(own_slots), sum(own_keys.values()))
