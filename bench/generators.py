"""Generator pipeline: chained generator functions and expressions.

A stream of pseudo-random integers from a linear congruential generator
(written here) flows through a chain of generator stages: mapping and
filtering generator expressions, a sliding window, running sums, chunking,
round-robin interleaving, a coroutine fed with send(), and a recursive tree
walk that uses yield from.  Builtins (sum, max, zip, enumerate, map,
filter, any) consume generators.  The work is generator creation,
suspension and resumption, and StopIteration handling.

Checksum: the results of each pipeline folded into one integer.
"""

import sys

MOD = 1000000007


def lcg(seed, count):
    """Park-Miller minimal standard generator (products stay below 2**47)."""
    state = seed
    for _ in range(count):
        state = state * 48271 % 2147483647
        yield state


def window(items, size):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)


def running_sum(items):
    total = 0
    for x in items:
        total += x
        yield total


def chunked(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def take_while_below(items, limit):
    for x in items:
        if x >= limit:
            return
        yield x


def interleave(*sources):
    iters = [iter(s) for s in sources]
    while iters:
        alive = []
        for it in iters:
            try:
                yield next(it)
            except StopIteration:
                continue
            alive.append(it)
        iters = alive


def averager():
    """A coroutine: send numbers in, receive the running mean (as a fraction)."""
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        if value is None:
            break
        total += value
        count += 1
        mean = (total, count)
    return total


def build_tree(seed, depth):
    if depth == 0:
        return seed % 97
    return [build_tree(seed * 3 + i, depth - 1) for i in range(3)]


def leaves(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from leaves(child)
    else:
        yield tree


def depths(tree, level=0):
    if isinstance(tree, list):
        yield level
        for child in tree:
            yield from depths(child, level + 1)


def stage_one(n):
    """map/filter/window/running sum."""
    small = (x % 1000 for x in lcg(1, n))
    odd = (x for x in small if x & 1)
    sums = (a + b - c for a, b, c in window(odd, 3))
    acc = 0
    for i, total in enumerate(running_sum(sums)):
        acc = (acc * 7 + total + i) % MOD
    return acc


def stage_two(n):
    """chunking, interleaving and builtins over generators."""
    parts = chunked(lcg(2, n), 16)
    maxima = (max(chunk) - min(chunk) for chunk in parts)
    a = (x % 50 for x in lcg(3, n // 2))
    b = map(lambda x: x % 70, lcg(4, n // 3))
    c = filter(lambda x: x % 3 == 0, (x % 90 for x in lcg(5, n // 4)))
    mixed = sum(x * (i % 5) for i, x in enumerate(interleave(a, b, c)))
    return (sum(maxima) + mixed) % MOD


def stage_three(n):
    """a coroutine driven by send()."""
    co = averager()
    next(co)
    checks = 0
    for x in take_while_below((v % 1000003 for v in lcg(6, n)), 1000000):
        total, count = co.send(x)
        checks = (checks + total // count) % MOD
    try:
        co.send(None)
    except StopIteration as stop:
        checks = (checks + stop.value) % MOD
    return checks


def stage_four(n):
    """recursive yield from over a tree."""
    result = 0
    rounds = max(1, n // 20000)
    for r in range(rounds):
        tree = build_tree(r + 1, 7)
        result = (result + sum(leaves(tree)) * 3 + sum(depths(tree))) % MOD
        result = (result + sum(a * b for a, b in zip(leaves(tree), depths(tree)))) % MOD
    return result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1800000
    results = [stage_one(n), stage_two(n), stage_three(n), stage_four(n)]
    checksum = 0
    for r in results:
        checksum = (checksum * 1000003 + r) % MOD
    print("generators: n=%d stages %s" % (n, results))
    print("generators: checksum %d" % checksum)


main()
