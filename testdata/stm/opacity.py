"""Opacity: no atomic block ever acts on an inconsistent view.

PAIRS pairs of objects (a, b) keep a.x == b.x, and two lists per pair keep
a constant total length. UNITS streams of SIZE updates (dealt over THREADS
writer threads) each raise a.x, then run a small loop, then set b.x to
match, and move an element from one list of the pair to the other, all in
one `with atomic:`.

Reader threads (as many as writer threads) look at the pairs, every look in
one `with atomic:`, in ways an inconsistent view cannot survive:
  * compare a.x with b.x and the lists' total length;
  * divide by (a.x == b.x) -- ZeroDivisionError on a mismatch;
  * index a one-entry dict by a.x - b.x -- KeyError on a mismatch;
  * spin `while a.x != b.x` -- a transaction that kept running on a torn
    snapshot (instead of being aborted at once) would never leave it, and
    the test harness would kill the program for hanging.
An STM without opacity lets a doomed transaction run on such a view until
it commits or validates; here that is a failure even though the doomed
transaction would have been aborted anyway.

Usage: opacity.py [THREADS] [SIZE]
"""

from imp_helper_stm import UNITS, Rng, args, atomic, expect, fail, failed, finish, run_threads, units_of

THREADS, SIZE = args(1500)
PAIRS = 5
ITEMS = 6  # per pair, in its two lists together


class Cell:
    def __init__(self):
        self.x = 0


class Pair:
    def __init__(self):
        self.a = Cell()
        self.b = Cell()
        self.left = list(range(ITEMS))
        self.right = []
        self.moves = 0


pairs = [Pair() for _ in range(PAIRS)]


class State:
    writers = 0


state = State()


def stream(unit):
    rng = Rng(unit * 2654435761 + 5)
    for _ in range(SIZE):
        p = pairs[rng.below(PAIRS)]
        step = rng.below(1000) + 1
        spin = rng.below(8)
        with atomic:
            p.a.x += step
            v = p.a.x
            for _ in range(spin):
                v = (v * 3 + 1) // 3  # work between the two writes
            p.b.x = v
            if p.left and (not p.right or step % 2):
                p.right.append(p.left.pop())
            else:
                p.left.append(p.right.pop())
            p.moves += 1


ONE = {0: 1}


def look(p):
    with atomic:
        ax, bx = p.a.x, p.b.x
        if ax != bx:
            fail("a.x = %d but b.x = %d" % (ax, bx))
        n = len(p.left) + len(p.right)
        if n != ITEMS:
            fail("the lists hold %d items, want %d" % (n, ITEMS))
        k = 1 // (p.a.x == p.b.x)
        k += ONE[p.a.x - p.b.x]
        while p.a.x != p.b.x:
            pass
    return k


def writer(thread):
    def run():
        for unit in units_of(thread, THREADS):
            stream(unit)
        with atomic:
            state.writers -= 1
    return run


def reader():
    while True:
        for p in pairs:
            if look(p) != 2:
                fail("look returned the wrong value")
        with atomic:
            done = state.writers == 0 or failed()
        if done:
            return


state.writers = THREADS
run_threads([writer(t) for t in range(THREADS)] + [reader] * THREADS)
for p in pairs:
    look(p)
expect("moves", sum(p.moves for p in pairs), UNITS * SIZE)
finish()

print("x", [p.a.x for p in pairs])
print("moves", [p.moves for p in pairs])
# Where the items are depends on the order of the moves; how many there
# are does not.
print("items", sum(len(p.left) + len(p.right) for p in pairs))
