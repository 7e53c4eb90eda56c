"""Fannkuch-redux: pancake flipping over every permutation of 0..n-1.

For each permutation (generated in a fixed counting order) the prefix
headed by the first element is reversed until 0 comes first; the number of
flips is counted.  The work is list indexing, slice assignment and small
integer arithmetic in tight loops.

Usage: fannkuch.py [runs] [size]; the first argument repeats the whole
computation for size (default 9) that many times.

Checksum: the alternating-sign sum of flip counts over all permutations and
the maximum number of flips.
"""

import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm[0]
        if first != 0:
            flipped = perm[:]
            flips = 0
            while first != 0:
                flipped[:first + 1] = flipped[first::-1]
                flips += 1
                first = flipped[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        # Advance to the next permutation by rotating growing prefixes.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            i = 0
            while i < r:
                perm[i] = perm[i + 1]
                i += 1
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    results = set()
    for _ in range(n):
        results.add(fannkuch(size))
    for checksum, max_flips in sorted(results):
        print("fannkuch: size=%d checksum=%d max_flips=%d (%d runs)" % (size, checksum, max_flips, n))


main()
