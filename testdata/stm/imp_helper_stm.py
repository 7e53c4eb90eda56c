"""Scaffolding shared by the STM test programs; a module, not a program.

It finds pypystm and transaction (built into atompy; under CPython the
fallbacks of bench/shim, put on sys.path here so that the programs import
them afterwards as usual), reads the command line, splits a fixed amount of
work over however many threads were asked for, runs threads so that an
exception in one of them fails the program, and draws pseudo-random numbers
that do not depend on any library's generator.
"""

import os
import sys
import threading

try:
    import pypystm
except ImportError:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "..", "..", "bench", "shim"))
    import pypystm

atomic = pypystm.atomic

# The work of every program is cut into UNITS streams, each with its own
# generator, dealt round-robin to the threads: the outcome is then the same
# for 1, 2, 4 or 8 threads, only the interleaving differs.
UNITS = 16


def args(default_size):
    """(threads, size) from sys.argv[1] and sys.argv[2]."""
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    size = int(sys.argv[2]) if len(sys.argv) > 2 else default_size
    if threads < 1 or size < 1:
        sys.exit("usage: %s [THREADS>=1] [SIZE>=1]" % sys.argv[0])
    return threads, size


def units_of(thread, threads):
    return range(thread, UNITS, threads)


class Rng:
    """Park-Miller minimal standard generator: tiny and the same everywhere."""

    def __init__(self, seed):
        self.state = seed % 2147483646 + 1

    def below(self, n):
        self.state = self.state * 48271 % 2147483647
        return self.state % n


_failures = []


class Broken(Exception):
    """Raised by fail() to stop the thread that saw a broken invariant."""


def fail(msg):
    """Record a broken invariant; the program exits 1 at finish()."""
    with atomic:
        _failures.append(msg)
    raise Broken(msg)


def expect(what, got, want):
    """Record a failure unless got == want (for checks in the main thread)."""
    if got != want:
        with atomic:
            _failures.append("%s = %r, want %r" % (what, got, want))


def failed():
    return len(_failures) > 0


def run_threads(targets):
    """Run each callable of targets in its own thread, started together at a
    barrier, and wait for all. An exception in a thread is recorded as a
    failure instead of being printed and forgotten."""
    barrier = threading.Barrier(len(targets))

    def body(target):
        try:
            barrier.wait()
            target()
        except Broken:
            pass  # already recorded by fail()
        except BaseException as e:
            with atomic:
                _failures.append("%s: %s: %s" % (threading.current_thread().name,
                                                 type(e).__name__, e))

    threads = [threading.Thread(target=body, args=(t,), name="t%d" % i)
               for i, t in enumerate(targets)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def finish():
    """Exit 1 with the failures on stderr if any invariant broke."""
    if _failures:
        for msg in _failures[:20]:
            sys.stderr.write("FAIL: %s\n" % msg)
        sys.stderr.write("%d failure(s)\n" % len(_failures))
        sys.exit(1)
