"""Multithreaded skip list: random inserts, lookups and deletes, each atomic.

One shared skip list (up to 16 levels, each node promoted with probability
1/4) is prefilled and then worked on by THREADS threads (threading.Thread).
As in mt_btree.py, the work is a fixed number of streams, each with its own
Park-Miller generator and its own residue class of keys (key % STREAMS ==
stream), dealt out to the threads round-robin; every operation (half
lookups, 30% inserts, 20% deletes) runs inside `with atomic:`.  A node's
height comes from the generator of the stream that inserts it, so the
whole list, not only its key set, is the same for every interleaving; the
links between neighbouring keys of different streams are what the threads
contend on.

Usage: mt_skiplist.py [THREADS] [SIZE]   (SIZE = total number of operations)

Checksum: per-operation outcome counts summed over the streams, the final
number of keys, a hash of the keys in list order and the number of nodes
on every level, all modulo 2**31 - 1; the levels are checked to be sorted
and each to be a sub-list of the one below.
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import threading
from pypystm import atomic

MAX_LEVEL = 16
STREAMS = 16
KEYS_PER_STREAM = 4000
PREFILL_PER_STREAM = 150
MOD = 2147483647


class SkipNode:
    __slots__ = ("key", "next")

    def __init__(self, key, height):
        self.key = key
        self.next = [None] * height


class SkipList:
    def __init__(self):
        self.head = SkipNode(None, MAX_LEVEL)
        self.level = 1          # levels in use

    def predecessors(self, key):
        """For each level, the last node whose key is below key."""
        update = [self.head] * MAX_LEVEL
        node = self.head
        for lvl in range(self.level - 1, -1, -1):
            nxt = node.next[lvl]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[lvl]
            update[lvl] = node
        return update

    def find(self, key):
        node = self.head
        for lvl in range(self.level - 1, -1, -1):
            nxt = node.next[lvl]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[lvl]
        nxt = node.next[0]
        return nxt is not None and nxt.key == key

    def insert(self, key, height):
        """Add key with a tower of the given height; False if present."""
        update = self.predecessors(key)
        nxt = update[0].next[0]
        if nxt is not None and nxt.key == key:
            return False
        if height > self.level:
            self.level = height
        node = SkipNode(key, height)
        for lvl in range(height):
            prev = update[lvl]
            node.next[lvl] = prev.next[lvl]
            prev.next[lvl] = node
        return True

    def remove(self, key):
        """Unlink key; False if it was not there."""
        update = self.predecessors(key)
        node = update[0].next[0]
        if node is None or node.key != key:
            return False
        for lvl in range(len(node.next)):
            update[lvl].next[lvl] = node.next[lvl]
        while self.level > 1 and self.head.next[self.level - 1] is None:
            self.level -= 1
        return True

    def level_keys(self, lvl):
        keys = []
        node = self.head.next[lvl]
        while node is not None:
            keys.append(node.key)
            node = node.next[lvl]
        return keys


def next_random(state):
    return state * 48271 % 2147483647


def random_height(state):
    """A tower height with P(h > k) = 4**-k, and the next generator state."""
    height = 1
    state = next_random(state)
    while height < MAX_LEVEL and state % 4 == 0:
        height += 1
        state = next_random(state)
    return height, state


def prefill(slist):
    for stream in range(STREAMS):
        state = 1000 + stream
        for _ in range(PREFILL_PER_STREAM):
            state = next_random(state)
            key = state % KEYS_PER_STREAM * STREAMS + stream
            height, state = random_height(state)
            slist.insert(key, height)


def run_stream(slist, stream, operations):
    """Random operations on this stream's keys; returns outcome counts."""
    state = 7919 * (stream + 1)
    found = inserted = removed = 0
    for _ in range(operations):
        state = next_random(state)
        key = state % KEYS_PER_STREAM * STREAMS + stream
        state = next_random(state)
        kind = state % 10
        if kind < 5:
            with atomic:
                hit = slist.find(key)
            found += hit
        elif kind < 8:
            height, state = random_height(state)
            with atomic:
                added = slist.insert(key, height)
            inserted += added
        else:
            with atomic:
                gone = slist.remove(key)
            removed += gone
    return (found, inserted, removed)


def worker(slist, streams, operations, results):
    for stream in streams:
        counts = run_stream(slist, stream, operations)
        with atomic:
            results[stream] = counts


def check(slist):
    """Per-level node counts; raises AssertionError on a malformed list."""
    counts = []
    below = None
    for lvl in range(MAX_LEVEL):
        keys = slist.level_keys(lvl)
        for a, b in zip(keys, keys[1:]):
            assert a < b, "level %d out of order" % lvl
        if below is not None:
            assert set(keys) <= below, "level %d not within level below" % lvl
        assert (lvl < slist.level) or not keys, "level count too low"
        below = set(keys)
        counts.append(len(keys))
    return counts


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 600000
    operations = size // STREAMS
    slist = SkipList()
    prefill(slist)
    start = len(slist.level_keys(0))
    results = [None] * STREAMS
    pool = [threading.Thread(target=worker,
                             args=(slist, range(t, STREAMS, threads),
                                   operations, results))
            for t in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()

    level_counts = check(slist)
    keys = slist.level_keys(0)
    digest = 0
    for key in keys:
        digest = (digest * 31 + key) % MOD
    found = sum(r[0] for r in results)
    inserted = sum(r[1] for r in results)
    removed = sum(r[2] for r in results)
    assert len(keys) == start + inserted - removed, "lost or duplicated keys"
    print("skiplist: %d operations in %d streams"
          % (operations * STREAMS, STREAMS))
    print("lookups found %d, inserts %d, deletes %d"
          % (found, inserted, removed))
    print("keys at end: %d" % len(keys))
    print("nodes per level:", " ".join(str(c) for c in level_counts if c))
    print("checksum:", digest)
    print("invariants ok")


main()
