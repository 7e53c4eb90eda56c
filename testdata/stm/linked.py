"""Linked structures that must stay well-formed under concurrent updates.

One shared sorted doubly linked list (with a sentinel) and one shared
unbalanced binary search tree hold the same set of keys. UNITS streams of
SIZE operations (dealt over THREADS threads) each insert keys of their own
(key % UNITS == stream, so the streams interleave all over both
structures) or delete one of their live keys; every operation updates the
list, the tree and both size counts in one `with atomic:`. Each stream
keeps at most LIVE keys, so the structures stay small and the walks short.

A checker thread, while the streams run, and the main thread at the end
check inside `with atomic:` that the list's prev and next pointers agree,
its keys ascend, the tree is in search order, both sizes are right, and
list and tree hold exactly the same keys. A lost or torn pointer update
breaks one of these; a half-applied operation seen by the checker makes
the two structures disagree.

Usage: linked.py [THREADS] [SIZE]
"""

from imp_helper_stm import (UNITS, Rng, args, atomic, expect, fail, failed, finish,
                        run_threads, units_of)

THREADS, SIZE = args(300)
LIVE = 8
KEYS = 1000  # a stream's keys are k * UNITS + stream for k < KEYS


class ListNode:
    def __init__(self, key):
        self.key = key
        self.prev = self
        self.next = self


class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Shared:
    def __init__(self):
        self.head = ListNode(-1)  # sentinel of a circular list
        self.list_size = 0
        self.root = None
        self.tree_size = 0
        self.running = UNITS


shared = Shared()


def list_insert(key):
    node = shared.head.next
    while node is not shared.head and node.key < key:
        node = node.next
    new = ListNode(key)
    new.prev = node.prev
    new.next = node
    node.prev.next = new
    node.prev = new
    shared.list_size += 1


def list_delete(key):
    node = shared.head.next
    while node is not shared.head and node.key != key:
        node = node.next
    if node is shared.head:
        fail("list: key %d missing" % key)
    node.prev.next = node.next
    node.next.prev = node.prev
    shared.list_size -= 1


def tree_insert(key):
    new = TreeNode(key)
    if shared.root is None:
        shared.root = new
    else:
        node = shared.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = new
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = new
                    break
                node = node.right
    shared.tree_size += 1


def tree_delete(key):
    parent, node = None, shared.root
    while node is not None and node.key != key:
        parent, node = node, (node.left if key < node.key else node.right)
    if node is None:
        fail("tree: key %d missing" % key)
    if node.left is not None and node.right is not None:
        # Replace by the in-order successor, unlinked from its own place.
        sparent, succ = node, node.right
        while succ.left is not None:
            sparent, succ = succ, succ.left
        if sparent is node:
            sparent.right = succ.right
        else:
            sparent.left = succ.right
        node.key = succ.key
    else:
        child = node.left if node.left is not None else node.right
        if parent is None:
            shared.root = child
        elif parent.left is node:
            parent.left = child
        else:
            parent.right = child
    shared.tree_size -= 1


def stream(unit):
    rng = Rng(unit * 6700417 + 3)
    live = []
    for _ in range(SIZE):
        if len(live) < LIVE and (not live or rng.below(3) != 0):
            key = rng.below(KEYS) * UNITS + unit
            if key in live:
                continue
            live.append(key)
            with atomic:
                list_insert(key)
                tree_insert(key)
        else:
            key = live.pop(rng.below(len(live)))
            with atomic:
                list_delete(key)
                tree_delete(key)
    with atomic:
        shared.running -= 1


def list_keys():
    keys = []
    node = shared.head
    while True:
        nxt = node.next
        if nxt.prev is not node:
            fail("list: next.prev of key %d is not itself" % node.key)
        if nxt is shared.head:
            return keys
        if keys and nxt.key <= keys[-1]:
            fail("list: key %d after %d" % (nxt.key, keys[-1]))
        keys.append(nxt.key)
        node = nxt
        if len(keys) > UNITS * LIVE:
            fail("list: longer than %d (a cycle?)" % (UNITS * LIVE))


def tree_keys():
    keys = []
    stack = []
    node = shared.root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
            if len(stack) > UNITS * LIVE:
                fail("tree: deeper than %d (a cycle?)" % (UNITS * LIVE))
        node = stack.pop()
        if keys and node.key <= keys[-1]:
            fail("tree: key %d after %d in order" % (node.key, keys[-1]))
        keys.append(node.key)
        node = node.right
    return keys


def check():
    """Check both structures in one atomic block; return the keys."""
    with atomic:
        lkeys = list_keys()
        tkeys = tree_keys()
        lsize, tsize = shared.list_size, shared.tree_size
    if lkeys != tkeys:
        fail("list and tree differ: %d vs %d keys" % (len(lkeys), len(tkeys)))
    if lsize != len(lkeys) or tsize != len(tkeys):
        fail("sizes %d and %d, but %d keys" % (lsize, tsize, len(lkeys)))
    return lkeys


def worker(thread):
    def run():
        for unit in units_of(thread, THREADS):
            stream(unit)
    return run


def checker():
    while True:
        check()
        with atomic:
            done = shared.running == 0 or failed()
        if done:
            return


run_threads([worker(t) for t in range(THREADS)] + [checker])
keys = check() if not failed() else []
expect("streams still running", shared.running, 0)
finish()

print("keys", len(keys), "sum", sum(keys))
print("first", keys[:6])
print("per stream", [sum(1 for k in keys if k % UNITS == u) for u in range(UNITS)])
