"""Memory churn: allocates a large total of short-lived objects while keeping
a small live set, to show that the heap stays bounded.

Usage: mem_churn.py [gigabytes]   (default 10)

Each round builds strings, lists, tuples, dicts and instances of a few KB to
a few hundred KB that die at once; a ring of 64 recent objects stays alive.
The program counts the bytes it asked for (payload sizes, an underestimate
of the real allocation) and prints that total and a checksum of the ring.
Run it under /usr/bin/time -f %M to see the peak resident set size.
"""

import sys


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


def churn(target):
    ring = [None] * 64
    total = 0
    i = 0
    while total < target:
        s = "x" * (4096 + (i % 7) * 1024)          # str payload
        lst = [i] * (2048 + (i % 5) * 512)          # list of 8-byte slots
        tup = tuple(lst[:512])
        d = {k: k for k in range(64)}
        chain = None
        for k in range(32):
            chain = Node(k, chain)
        total += len(s) + 8 * len(lst) + 8 * len(tup) + 64 * 3 * 8 + 32 * 32
        ring[i % 64] = (len(s), lst[-1], tup[0], d[63], chain.value)
        i += 1
    checksum = 0
    for item in ring:
        if item is not None:
            checksum += sum(item)
    return total, i, checksum


def main():
    gb = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    total, rounds, checksum = churn(int(gb * (1 << 30)))
    print("mem_churn: %d rounds, %.2f GB requested, checksum %d" % (rounds, total / (1 << 30), checksum))


main()
