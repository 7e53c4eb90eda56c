"""Multithreaded N-queens: all solutions, split by the first two rows.

Backtracking with bit masks for the attacked columns and diagonals finds
every placement of N non-attacking queens.  The work is split by the
column of the queen in row 0: one generator per column is given to a
transaction.TransactionQueue with add_generator(), and each generator
yields after every legal column of the row-1 queen, so each (row 0,
row 1) prefix is one transaction.  A prefix's solutions are counted and
hashed into its own slot of the result list; the slots are added up after
run(), so the answer does not depend on the thread count or the order the
transactions ran in.

Usage: mt_nqueens.py [THREADS] [SIZE]   (SIZE = N, the board size)

Checksum: the number of solutions, the number per column of the first
queen, and the sum over all solutions of a polynomial hash of the queens'
columns, modulo 2**31 - 1.
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import transaction

MOD = 2147483647


def solve(n, row, cols, left, right, placed, column_of, out):
    """Extend placed (the columns of rows 0..row-1) in every legal way;
    out[0] counts solutions and out[1] sums their hashes."""
    if row == n:
        h = 0
        for c in placed:
            h = (h * 131 + c + 1) % MOD
        out[0] += 1
        out[1] = (out[1] + h) % MOD
        return
    full = (1 << n) - 1
    free = full & ~(cols | left | right)
    while free:
        bit = free & -free
        free ^= bit
        placed.append(column_of[bit])
        solve(n, row + 1, cols | bit, ((left | bit) << 1) & full,
              (right | bit) >> 1, placed, column_of, out)
        placed.pop()


def first_queen(n, c0, column_of, results):
    """All solutions with the row-0 queen in column c0, one transaction per
    legal row-1 column."""
    full = (1 << n) - 1
    bit0 = 1 << c0
    left = (bit0 << 1) & full
    right = bit0 >> 1
    if n == 1:
        out = [0, 0]
        solve(n, 1, bit0, left, right, [c0], column_of, out)
        results[c0 * n] = out
        yield
        return
    for c1 in range(n):
        bit1 = 1 << c1
        if bit1 & (bit0 | left | right):
            continue
        out = [0, 0]
        solve(n, 2, bit0 | bit1, ((left | bit1) << 1) & full,
              (right | bit1) >> 1, [c0, c1], column_of, out)
        results[c0 * n + c1] = out
        yield


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 13
    column_of = {}
    for c in range(n):
        column_of[1 << c] = c
    results = [None] * (n * n)
    tq = transaction.TransactionQueue()
    for c0 in range(n):
        tq.add_generator(first_queen(n, c0, column_of, results))
    tq.run(threads)

    total = 0
    digest = 0
    per_column = [0] * n
    for i, out in enumerate(results):
        if out is not None:
            total += out[0]
            per_column[i // n] += out[0]
            digest = (digest + out[1]) % MOD
    print("%d-queens: %d solutions" % (n, total))
    print("by first column:", " ".join(str(k) for k in per_column))
    print("checksum:", digest)


main()
