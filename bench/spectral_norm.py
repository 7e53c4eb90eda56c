"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1).

The power method is applied to A^T A restricted to n x n: ten iterations of
u <- A^T A v, v <- A^T A u, then sqrt(u.v / v.v).  The work is small
function calls, integer-to-float division and float sums over lists.

Checksum: the spectral norm printed with nine decimals.
"""

import sys
import math


def a_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(v):
    n = len(v)
    return [sum([a_entry(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_a_transposed(v):
    n = len(v)
    return [sum([a_entry(j, i) * v[j] for j in range(n)]) for i in range(n)]


def times_ata(v):
    return times_a_transposed(times_a(v))


def dot(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total += x * y
    return total


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    return math.sqrt(dot(u, v) / dot(v, v))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 520
    print("spectral_norm: n=%d norm=%.9f" % (n, spectral_norm(n)))


main()
