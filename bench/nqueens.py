"""N-queens: count every placement of n non-attacking queens on n x n.

Solutions come out of a recursive generator (yield from at every row) that
tracks occupied columns and diagonals in sets; a second, independent solver
filters column permutations produced by another generator and checks the
diagonals with set comprehensions.  The work is generator resumption, set
membership and tuple building.

Checksum: the number of solutions for each board size and a weighted sum
of the queen columns over all solutions (solutions are sorted first).
"""

import sys


def placements(n):
    cols = set()
    up = set()
    down = set()
    rows = []

    def extend(row):
        if row == n:
            yield tuple(rows)
            return
        for c in range(n):
            if c in cols or row + c in up or row - c in down:
                continue
            cols.add(c)
            up.add(row + c)
            down.add(row - c)
            rows.append(c)
            yield from extend(row + 1)
            rows.pop()
            cols.discard(c)
            up.discard(row + c)
            down.discard(row - c)

    yield from extend(0)


def permutations_of(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations_of(rest):
            yield (items[i],) + tail


def brute_force(n):
    """Filters all column permutations; only used for small boards."""
    found = []
    for perm in permutations_of(list(range(n))):
        if len({r + c for r, c in enumerate(perm)}) == n and \
                len({r - c for r, c in enumerate(perm)}) == n:
            found.append(perm)
    return found


def weigh(solutions):
    total = 0
    for k, sol in enumerate(sorted(solutions)):
        for r, c in enumerate(sol):
            total = (total * 31 + (k + 1) * (r + 1) * (c + 1)) % 1000000007
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    checksum = 0
    counts = []
    for size in range(4, n + 1):
        sols = list(placements(size))
        counts.append(len(sols))
        checksum = (checksum * 7 + weigh(sols)) % 1000000007
    small = min(n, 9)
    agree = sorted(brute_force(small)) == sorted(placements(small))
    print("nqueens: solutions for 4..%d: %s" % (n, counts))
    print("nqueens: checksum %d, brute force agrees for %d: %s" % (checksum, small, agree))


main()
