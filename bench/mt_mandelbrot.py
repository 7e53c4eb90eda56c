"""Multithreaded Mandelbrot set, one horizontal band of the image per task.

The image of [-2, 1] x [-1.5, 1.5] is cut into a fixed number of bands
(independent of the thread count).  Worker threads (threading.Thread) take
band numbers from a queue.Queue, compute the escape count of every pixel in
the band with plain float arithmetic (no complex numbers, only + - * / so the
counts are bit-for-bit reproducible), and store the band in its own slot of
a shared list; a None per worker ends the workers.  Each band is published
inside `with atomic:` so that, under pypy-stm, the only shared write is one
list slot per band.

Usage: mt_mandelbrot.py [THREADS] [SIZE]   (SIZE = image width and height)

Checksum: the total escape count over all pixels, the number of pixels that
never escape, and a position-weighted sum of the counts modulo 2**31 - 1,
all computed after the threads have finished, in band order.
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import queue
import threading
from pypystm import atomic

MAX_ITER = 200
BANDS = 32
MOD = 2147483647


def escape_count(cr, ci):
    """Iterations of z = z*z + c before |z| > 2, capped at MAX_ITER."""
    zr = 0.0
    zi = 0.0
    n = 0
    while n < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def compute_band(band, size):
    """The rows of one band as lists of escape counts."""
    first = band * size // BANDS
    last = (band + 1) * size // BANDS
    step = 3.0 / size
    rows = []
    for y in range(first, last):
        ci = -1.5 + y * step
        rows.append([escape_count(-2.0 + x * step, ci) for x in range(size)])
    return rows


def worker(tasks, results, size):
    while True:
        band = tasks.get()
        if band is None:
            return
        rows = compute_band(band, size)
        with atomic:
            results[band] = rows


def render(threads, size):
    tasks = queue.Queue()
    results = [None] * BANDS
    for band in range(BANDS):
        tasks.put(band)
    for _ in range(threads):
        tasks.put(None)
    pool = [threading.Thread(target=worker, args=(tasks, results, size))
            for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return results


def checksum(bands):
    total = 0
    inside = 0
    weighted = 0
    y = 0
    for rows in bands:
        for row in rows:
            for x, n in enumerate(row):
                total += n
                if n == MAX_ITER:
                    inside += 1
                weighted = (weighted * 31 + n * (x + 1) + y) % MOD
            y += 1
    return y, total, inside, weighted


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 640
    bands = render(threads, size)
    rows, total, inside, weighted = checksum(bands)
    print("mandelbrot %dx%d, %d bands" % (size, rows, BANDS))
    print("total iterations:", total)
    print("pixels inside:", inside)
    print("checksum:", weighted)


main()
