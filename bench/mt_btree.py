"""Multithreaded B-tree: random inserts, lookups and deletes, each atomic.

One shared B-tree of minimum degree 8 (nodes hold 7 to 15 keys) is
prefilled and then worked on by THREADS threads (threading.Thread).  The
work is a fixed number of streams, each with its own Park-Miller generator
and its own residue class of keys (key % STREAMS == stream), dealt out to
the threads round-robin; every operation (half lookups, 30% inserts, 20%
deletes) runs inside `with atomic:`.  Because streams touch disjoint keys,
the set of keys at the end and every operation's outcome are the same for
any thread count and interleaving, while the tree's shape (which node
splits or merges when) is shared and contended, as in pypy-stm's btree
benchmark.

Usage: mt_btree.py [THREADS] [SIZE]   (SIZE = total number of operations)

Checksum: per-operation outcome counts summed over the streams, the final
number of keys, and a hash of the keys in sorted (in-order) order modulo
2**31 - 1; the structural invariants (key order, node fill, equal leaf
depth) are checked at the end.
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import threading
from bisect import bisect_left
from pypystm import atomic

DEGREE = 8                  # a node has DEGREE-1 .. 2*DEGREE-1 keys
MAX_KEYS = 2 * DEGREE - 1
STREAMS = 16
KEYS_PER_STREAM = 4000      # keys of one stream: stream, stream + STREAMS, ...
PREFILL_PER_STREAM = 150
MOD = 2147483647


class Node:
    __slots__ = ("keys", "children")

    def __init__(self, keys, children):
        self.keys = keys
        self.children = children        # None for a leaf

    def max_key(self):
        node = self
        while node.children is not None:
            node = node.children[-1]
        return node.keys[-1]

    def min_key(self):
        node = self
        while node.children is not None:
            node = node.children[0]
        return node.keys[0]


class BTree:
    def __init__(self):
        self.root = Node([], None)

    def __contains__(self, key):
        node = self.root
        while True:
            keys = node.keys
            i = bisect_left(keys, key)
            if i < len(keys) and keys[i] == key:
                return True
            if node.children is None:
                return False
            node = node.children[i]

    def insert(self, key):
        """Add key; False if it was already there."""
        if key in self:
            return False
        root = self.root
        if len(root.keys) == MAX_KEYS:
            root = Node([], [root])
            self.root = root
            split_child(root, 0)
        node = root
        while node.children is not None:
            i = bisect_left(node.keys, key)
            if len(node.children[i].keys) == MAX_KEYS:
                split_child(node, i)
                if key > node.keys[i]:
                    i += 1
            node = node.children[i]
        node.keys.insert(bisect_left(node.keys, key), key)
        return True

    def delete(self, key):
        """Remove key; False if it was not there."""
        found = delete_from(self.root, key)
        root = self.root
        if not root.keys and root.children is not None:
            self.root = root.children[0]
        return found

    def __iter__(self):
        return walk(self.root)


def walk(node):
    if node.children is None:
        yield from node.keys
        return
    for i, key in enumerate(node.keys):
        yield from walk(node.children[i])
        yield key
    yield from walk(node.children[-1])


def split_child(parent, i):
    """Split the full child i of parent around its median key."""
    child = parent.children[i]
    median = child.keys[DEGREE - 1]
    if child.children is None:
        right = Node(child.keys[DEGREE:], None)
    else:
        right = Node(child.keys[DEGREE:], child.children[DEGREE:])
        del child.children[DEGREE:]
    del child.keys[DEGREE - 1:]
    parent.keys.insert(i, median)
    parent.children.insert(i + 1, right)


def merge_children(node, i):
    """Merge child i+1 and the separating key into child i."""
    left = node.children[i]
    right = node.children.pop(i + 1)
    left.keys.append(node.keys.pop(i))
    left.keys.extend(right.keys)
    if left.children is not None:
        left.children.extend(right.children)


def borrow_from_left(node, i):
    child = node.children[i]
    left = node.children[i - 1]
    child.keys.insert(0, node.keys[i - 1])
    node.keys[i - 1] = left.keys.pop()
    if left.children is not None:
        child.children.insert(0, left.children.pop())


def borrow_from_right(node, i):
    child = node.children[i]
    right = node.children[i + 1]
    child.keys.append(node.keys[i])
    node.keys[i] = right.keys.pop(0)
    if right.children is not None:
        child.children.append(right.children.pop(0))


def delete_from(node, key):
    """Delete key below node, which (unless it is the root) has at least
    DEGREE keys, so that a key can always be taken out of it."""
    while True:
        keys = node.keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            if node.children is None:
                del keys[i]
                return True
            left = node.children[i]
            right = node.children[i + 1]
            if len(left.keys) >= DEGREE:
                key = left.max_key()
                keys[i] = key
                node = left
            elif len(right.keys) >= DEGREE:
                key = right.min_key()
                keys[i] = key
                node = right
            else:
                merge_children(node, i)
                node = left
            continue
        if node.children is None:
            return False
        if len(node.children[i].keys) < DEGREE:
            if i > 0 and len(node.children[i - 1].keys) >= DEGREE:
                borrow_from_left(node, i)
            elif i < len(keys) and len(node.children[i + 1].keys) >= DEGREE:
                borrow_from_right(node, i)
            elif i < len(keys):
                merge_children(node, i)
            else:
                merge_children(node, i - 1)
                i -= 1
        node = node.children[i]


def check(node, low, high, depth, is_root, leaf_depths):
    """Raise AssertionError unless the subtree is a well-formed B-tree."""
    keys = node.keys
    if not is_root:
        assert DEGREE - 1 <= len(keys) <= MAX_KEYS, "bad node fill"
    assert len(keys) <= MAX_KEYS, "overfull root"
    for a, b in zip(keys, keys[1:]):
        assert a < b, "keys out of order"
    if keys:
        assert low is None or low < keys[0], "key below its range"
        assert high is None or keys[-1] < high, "key above its range"
    if node.children is None:
        leaf_depths.add(depth)
        return
    assert len(node.children) == len(keys) + 1, "bad child count"
    bounds = [low] + keys + [high]
    for i, child in enumerate(node.children):
        check(child, bounds[i], bounds[i + 1], depth + 1, False, leaf_depths)


def next_random(state):
    return state * 48271 % 2147483647


def prefill(tree):
    for stream in range(STREAMS):
        state = 1000 + stream
        for _ in range(PREFILL_PER_STREAM):
            state = next_random(state)
            tree.insert(state % KEYS_PER_STREAM * STREAMS + stream)


def run_stream(tree, stream, operations):
    """Random operations on this stream's keys; returns outcome counts."""
    state = 7919 * (stream + 1)
    found = inserted = deleted = 0
    for _ in range(operations):
        state = next_random(state)
        key = state % KEYS_PER_STREAM * STREAMS + stream
        state = next_random(state)
        kind = state % 10
        if kind < 5:
            with atomic:
                hit = key in tree
            found += hit
        elif kind < 8:
            with atomic:
                added = tree.insert(key)
            inserted += added
        else:
            with atomic:
                removed = tree.delete(key)
            deleted += removed
    return (found, inserted, deleted)


def worker(tree, streams, operations, results):
    for stream in streams:
        counts = run_stream(tree, stream, operations)
        with atomic:
            results[stream] = counts


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1200000
    operations = size // STREAMS
    tree = BTree()
    prefill(tree)
    start = sum(1 for _ in tree)
    results = [None] * STREAMS
    pool = [threading.Thread(target=worker,
                             args=(tree, range(t, STREAMS, threads),
                                   operations, results))
            for t in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()

    leaf_depths = set()
    check(tree.root, None, None, 0, True, leaf_depths)
    assert len(leaf_depths) == 1, "leaves at different depths"
    count = 0
    digest = 0
    for key in tree:
        count += 1
        digest = (digest * 31 + key) % MOD
    found = sum(r[0] for r in results)
    inserted = sum(r[1] for r in results)
    deleted = sum(r[2] for r in results)
    assert count == start + inserted - deleted, "lost or duplicated keys"
    print("btree: %d operations in %d streams"
          % (operations * STREAMS, STREAMS))
    print("lookups found %d, inserts %d, deletes %d"
          % (found, inserted, deleted))
    print("keys at end: %d" % count)
    print("checksum:", digest)
    print("invariants ok")


main()
