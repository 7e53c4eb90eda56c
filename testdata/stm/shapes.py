"""Opacity of what an object's header says: its attributes and its class.

An instance's header holds its shape (which attributes it has, in which
slots) and through it the instance's class. Some decisions rest on the
header alone, with no attribute value read: hasattr() finding nothing,
a method call that finds the instance does not shadow the method, type().
A transaction making such a decision must still conflict with one that
changes the header, or it can combine the old header with newer values.

Writers take objects one at a time through three steps, each in one
`with atomic:` together with the object's entry in a shared list:
  1. add an attribute `b`                         (flags[i] = 1)
  2. shadow the method `who` with an attribute    (flags[i] = 2)
  3. assign `__class__` = B                        (flags[i] = 3)
and publish which object they are working on. Readers keep looking at the
objects being worked on, each look in one `with atomic:` that reads the
header first (hasattr, a method call or type(): three kinds of reader
threads) and the flag after it: every look must agree with the flag.

Usage: shapes.py [THREADS] [SIZE]
"""

from imp_helper_stm import UNITS, Rng, args, atomic, expect, fail, failed, finish, run_threads, units_of

THREADS, SIZE = args(300)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


def shadow():
    return "S"


objs = [A() for _ in range(UNITS * SIZE)]
flags = [0] * (UNITS * SIZE)
current = [0] * UNITS


class State:
    writers = 0


state = State()


def spin(rng):
    # Work between the steps, so that readers catch objects mid-way.
    v = 0
    for k in range(rng.below(40)):
        v += k
    return v


def stream(unit):
    rng = Rng(unit * 7919 + 3)
    for j in range(SIZE):
        i = unit * SIZE + j
        o = objs[i]
        current[unit] = i
        spin(rng)
        with atomic:
            o.b = i
            flags[i] = 1
        spin(rng)
        with atomic:
            o.who = shadow
            flags[i] = 2
        spin(rng)
        with atomic:
            o.__class__ = B
            flags[i] = 3


def look(i, kind):
    o = objs[i]
    if kind == 0:
        with atomic:
            has_b = hasattr(o, "b")
            f = flags[i]
        if has_b != (f >= 1):
            fail("object %d: hasattr(b) is %s but its flag is %d" % (i, has_b, f))
    elif kind == 1:
        with atomic:
            who = o.who()
            f = flags[i]
        if who != ("S" if f >= 2 else "A"):
            fail("object %d: who() is %r but its flag is %d" % (i, who, f))
    else:
        with atomic:
            is_b = type(o) is B
            f = flags[i]
        if is_b != (f >= 3):
            fail("object %d: type() is B: %s, but its flag is %d" % (i, is_b, f))


def writer(thread):
    def run():
        for unit in units_of(thread, THREADS):
            stream(unit)
        with atomic:
            state.writers -= 1
    return run


def reader(thread, kind):
    # A reader of one kind only: the transactions of a reader that also
    # read the objects through barriers (hasattr, a method call) would
    # conflict with the writers on those reads and hide a missed conflict
    # on the plain header read of type().
    def run():
        while True:
            for unit in units_of(thread, THREADS):
                look(current[unit], kind)
            with atomic:
                done = state.writers == 0 or failed()
            if done:
                return
    return run


state.writers = THREADS
run_threads([writer(t) for t in range(THREADS)] +
            [reader(t, kind) for t in range(THREADS) for kind in range(3)])
for i in range(len(objs)):
    for kind in range(3):
        look(i, kind)
expect("flags", sum(flags), 3 * UNITS * SIZE)
finish()

print("objects", len(objs))
print("classes", sorted(set(type(o).__name__ for o in objs)))
print("who", sorted(set(o.who() for o in objs)))
