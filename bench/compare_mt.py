"""Side-by-side wall-clock timing of the multithreaded programs (mt_*.py)
under atompy, CPython and PyPy with 1, 2 and 4 threads.

Usage: python3 bench/compare_mt.py [--runs N] [--threads 1,2,4] [--atompy PATH]

Every program gets the thread count as its first argument; the runs of all
interpreters are interleaved; outputs must match CPython's (otherwise the
cell is excluded). Prints the median wall time of each cell and the ratio
to CPython with the same thread count, then geometric means. A stopgap
until `atompy bench` (issue 4); docs/performance.md records its output.
"""

import os
import shutil
import statistics
import subprocess
import sys
import time


def run(cmd):
    t0 = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return out, time.perf_counter() - t0


def main():
    args = sys.argv[1:]
    runs, threads = 1, [1, 2, 4]
    here = os.path.dirname(os.path.abspath(__file__))
    atompy = os.path.join(here, "..", "atompy")
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--threads":
            threads = [int(x) for x in args.pop(0).split(",")]
        elif a == "--atompy":
            atompy = args.pop(0)
    impls = [("atompy", atompy), ("cpython", sys.executable)]
    if shutil.which("pypy3"):
        impls.append(("pypy", shutil.which("pypy3")))
    progs = sorted(f for f in os.listdir(here) if f.startswith("mt_") and f.endswith(".py"))
    print("%-18s %3s " % ("program", "thr") + " ".join("%10s" % n for n, _ in impls) +
          "  " + " ".join("%9s" % (n + "/cpy") for n, _ in impls if n != "cpython"))
    ratios = {n: [] for n, _ in impls}
    for p in progs:
        for k in threads:
            times = {n: [] for n, _ in impls}
            ref = None
            ok = {n: True for n, _ in impls}
            for _ in range(runs):
                for n, exe in impls:
                    out, wall = run([exe, os.path.join(here, p), str(k)])
                    if n == "cpython":
                        ref = out.stdout
                    times[n].append(wall)
                    if out.returncode != 0:
                        ok[n] = False
                    setattr(out, "name", n)
                    times.setdefault(n + "_out", []).append(out.stdout)
            med = {n: statistics.median(times[n]) for n, _ in impls}
            for n, _ in impls:
                if any(o != ref for o in times[n + "_out"]):
                    ok[n] = False
            cells = " ".join("%10s" % ("%.2f" % med[n] if ok[n] else "WRONG") for n, _ in impls)
            rs = []
            for n, _ in impls:
                if n == "cpython":
                    continue
                if ok[n]:
                    r = med[n] / med["cpython"]
                    ratios[n].append(r)
                    rs.append("%9.2f" % r)
                else:
                    rs.append("%9s" % "-")
            print("%-18s %3d %s  %s" % (p, k, cells, " ".join(rs)))
    for n, rs in ratios.items():
        if n != "cpython" and rs:
            g = 1.0
            for r in rs:
                g *= r
            print("geometric mean of %s/cpython: %.2f over %d cells" % (n, g ** (1.0 / len(rs)), len(rs)))


main()
