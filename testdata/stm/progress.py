"""Progress: a program made of conflicts must still finish.

Every thread hammers the same counter: UNITS streams of SIZE atomic blocks
(dealt over THREADS threads), each block incrementing the one shared counter
and then doing a varying amount of work on shared cells (from nothing to a
few dozen reads and writes), so that every pair of concurrent blocks
conflicts and the lengths differ, which is what starves naive contention
managers. Every LONG_EVERY blocks a stream instead runs one long block that
reads and writes every cell. Two threads, outside the streams, run many
more such long blocks. Livelock (transactions aborting each other forever)
or deadlock shows up as a program killed for hanging; a lost update as a
wrong counter.

Usage: progress.py [THREADS] [SIZE]
"""

from imp_helper_stm import UNITS, Rng, args, atomic, expect, finish, run_threads, units_of

THREADS, SIZE = args(1500)
CELLS = 64
LONG_EVERY = 100
SWEEPERS = 2
SWEEPS = 40


class Counter:
    def __init__(self):
        self.n = 0
        self.long_blocks = 0


counter = Counter()
cells = [0] * CELLS


def sweep():
    """A long transaction touching everything."""
    with atomic:
        counter.n += 1
        counter.long_blocks += 1
        for i in range(CELLS):
            cells[i] += 1
        counter.n += 0


def stream(unit):
    rng = Rng(unit * 31337 + 11)
    for step in range(SIZE):
        if step % LONG_EVERY == LONG_EVERY - 1:
            sweep()
            continue
        length = rng.below(40)
        with atomic:
            counter.n += 1
            for j in range(length):
                cells[(step + j) % CELLS] += 1


def worker(thread):
    def run():
        for unit in units_of(thread, THREADS):
            stream(unit)
    return run


def sweeper():
    for _ in range(SWEEPS):
        sweep()


run_threads([worker(t) for t in range(THREADS)] + [sweeper] * SWEEPERS)
long_blocks = UNITS * (SIZE // LONG_EVERY) + SWEEPERS * SWEEPS
expect("counter", counter.n, UNITS * SIZE + SWEEPERS * SWEEPS)
expect("long blocks", counter.long_blocks, long_blocks)
finish()

print("counter", counter.n, "long blocks", counter.long_blocks)
print("cells", sum(cells), min(cells), max(cells))
