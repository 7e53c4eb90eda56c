"""Multithreaded prime count by trial division, split into chunks.

The numbers below LIMIT are cut into CHUNKS equal ranges (independent of
the thread count).  Worker threads, a threading.Thread subclass overriding
run(), take chunk numbers from a queue.Queue, test every odd number of the
chunk by trial division with the base primes up to sqrt(LIMIT), store a
per-chunk summary inside `with atomic:` and call task_done(); main waits
with Queue.join(), then stops the workers with one None each.  The
summaries are merged in chunk order, so the result does not depend on
which thread did which chunk.

Usage: mt_primes.py [THREADS] [SIZE]   (SIZE = LIMIT)

Checksum: the number of primes below LIMIT, their sum modulo 2**31 - 1,
the largest prime, and the largest gap between consecutive primes with
the prime that starts it (gaps that cross chunk boundaries included).
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import queue
import threading
from pypystm import atomic

CHUNKS = 64
MOD = 2147483647


def base_primes(limit):
    """The primes p with p * p < limit, by a small sieve."""
    root = 2
    while root * root < limit:
        root += 1
    flags = [True] * (root + 1)
    primes = []
    for n in range(2, root + 1):
        if flags[n]:
            primes.append(n)
            for m in range(n * n, root + 1, n):
                flags[m] = False
    return primes


def is_prime(n, primes):
    for p in primes:
        if p * p > n:
            return True
        if n % p == 0:
            return False
    return True


def scan_chunk(lo, hi, primes):
    """Primes in [lo, hi): (count, sum mod MOD, first, last, widest gap,
    the prime that starts it)."""
    count = 0
    total = 0
    first = last = None
    gap = 0
    gap_start = None
    candidates = []
    if lo <= 2 < hi:
        candidates.append(2)
    start = max(lo, 3)
    if start % 2 == 0:
        start += 1
    candidates = candidates + list(range(start, hi, 2))
    for n in candidates:
        if n < 2 or not is_prime(n, primes):
            continue
        count += 1
        total = (total + n) % MOD
        if first is None:
            first = n
        elif n - last > gap:
            gap = n - last
            gap_start = last
        last = n
    return (count, total, first, last, gap, gap_start)


class Worker(threading.Thread):
    def __init__(self, tasks, results, limit, primes):
        threading.Thread.__init__(self)
        self.tasks = tasks
        self.results = results
        self.limit = limit
        self.primes = primes

    def run(self):
        while True:
            chunk = self.tasks.get()
            if chunk is None:
                self.tasks.task_done()
                return
            lo = chunk * self.limit // CHUNKS
            hi = (chunk + 1) * self.limit // CHUNKS
            summary = scan_chunk(lo, hi, self.primes)
            with atomic:
                self.results[chunk] = summary
            self.tasks.task_done()


def merge(summaries):
    count = 0
    total = 0
    last = None
    gap = 0
    gap_start = None
    for c, t, first, chunk_last, chunk_gap, chunk_gap_start in summaries:
        if c == 0:
            continue
        count += c
        total = (total + t) % MOD
        if last is not None and first - last > gap:
            gap = first - last
            gap_start = last
        if chunk_gap > gap:
            gap = chunk_gap
            gap_start = chunk_gap_start
        last = chunk_last
    return count, total, last, gap, gap_start


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000
    primes = base_primes(limit)
    tasks = queue.Queue()
    results = [None] * CHUNKS
    workers = [Worker(tasks, results, limit, primes) for _ in range(threads)]
    for w in workers:
        w.start()
    for chunk in range(CHUNKS):
        tasks.put(chunk)
    tasks.join()
    for w in workers:
        tasks.put(None)
    for w in workers:
        w.join()

    count, total, largest, gap, gap_start = merge(results)
    print("primes below %d: %d" % (limit, count))
    print("sum mod 2**31-1:", total)
    print("largest:", largest)
    print("widest gap: %d after %s" % (gap, gap_start))


main()
