"""Side-by-side timing of the benchmark programs under atompy and CPython.

Usage: python3 bench/compare.py [--runs N] [--atompy PATH] [PROGRAM.py ...]

Runs every program (default: the single-threaded bench/*.py: all but this
file, mem_churn.py and the multithreaded mt_*.py) under both interpreters, interleaved run by run so that
machine drift hits both alike, checks that the outputs are identical, and
prints the median user+system CPU time of each and their ratio, then the
geometric mean of the ratios. This is the stopgap until `atompy bench`
(issue 4) exists; docs/performance.md records its output.
"""

import os
import resource
import statistics
import subprocess
import sys
import time


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, cpu, wall


def main():
    args = sys.argv[1:]
    runs = 3
    atompy = os.path.join(os.path.dirname(__file__), "..", "atompy")
    progs = []
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--atompy":
            atompy = args.pop(0)
        else:
            progs.append(a)
    here = os.path.dirname(os.path.abspath(__file__))
    if not progs:
        progs = sorted(os.path.join(here, f) for f in os.listdir(here)
                       if f.endswith(".py") and f not in ("compare.py", "mem_churn.py")
                       and not f.startswith("mt_"))
    ratios = []
    print("%-18s %10s %10s %7s" % ("program", "atompy s", "cpython s", "ratio"))
    for p in progs:
        a_times, c_times = [], []
        for _ in range(runs):
            a_out, a_cpu, _ = run([atompy, p])
            c_out, c_cpu, _ = run([sys.executable, p])
            if a_out.returncode != 0 or a_out.stdout != c_out.stdout:
                print("%-18s WRONG OUTPUT (excluded)" % os.path.basename(p))
                break
            a_times.append(a_cpu)
            c_times.append(c_cpu)
        else:
            a, c = statistics.median(a_times), statistics.median(c_times)
            ratios.append(a / c)
            print("%-18s %10.2f %10.2f %7.2f" % (os.path.basename(p), a, c, a / c))
    if ratios:
        geo = 1.0
        for r in ratios:
            geo *= r
        geo **= 1.0 / len(ratios)
        print("geometric mean of atompy/cpython: %.2f over %d programs" % (geo, len(ratios)))


main()
