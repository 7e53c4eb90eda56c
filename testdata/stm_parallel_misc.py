# Threads that each build and mutate only their own objects while sharing
# functions and classes: instances pushed into dict mode (attribute
# deletion, more than 64 attributes), recursion, context managers, big
# ints, bytes, iterator built-ins, formatting and tracebacks of caught
# exceptions, all in parallel. The output must match CPython's.
import threading


class Record:
    def __init__(self, k):
        self.k = k
        self.v = k * 2


class Wide:
    pass


class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, typ, exc, tb):
        self.exited += 1
        return typ is KeyError


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def walk(node, depth):
    if depth == 0:
        return node
    return walk(node + depth, depth - 1)


def fail(i):
    if i % 3 == 0:
        raise KeyError(i)
    if i % 3 == 1:
        raise ValueError(f"bad {i}")
    return i


def worker(tid, n, out):
    acc = 0
    cm = Counter()
    recs = []
    for i in range(n):
        r = Record(i)
        if i % 5 == tid % 5:
            del r.v                      # dict mode
            r.w = i
        recs.append(r)
        if i % 50 == 0:
            w = Wide()
            for j in range(70):          # past the shape size limit
                setattr(w, f"a{j}_{(i + tid) % 4}", j)
            acc += sum(vars(w).values())
        with cm:
            try:
                acc += fail(i)
            except ValueError as e:
                acc += len(e.args[0])
        acc += walk(i % 13, 30) + fib(i % 12)
        big = (i + 1) ** 25 + tid
        acc += big % 1000003 + big.bit_length()
        b = bytes([(i + k) % 256 for k in range(8)])
        acc += b.count(b"\x01") + len(b.hex())
        acc += sum(x * y for x, y in zip(range(i % 7), map(abs, range(-3, 4))))
        acc += len(list(filter(None, [0, i, tid, 0])))
        acc += sum(k for k, _ in enumerate("%s-%d-%5.2f" % ("x", i, i / 7)))
    with_w = sum(1 for r in recs if hasattr(r, "w"))
    out["acc"] = acc
    out["with_w"] = with_w
    out["cm"] = (cm.entered, cm.exited)
    out["keys"] = sorted(vars(recs[tid]).keys())
    out["fmt"] = "{:>8}|{:<6}|{:^7.3f}".format(tid, "ab", tid / 3)


def main():
    nthreads, n = 4, 500
    outs = [{} for _ in range(nthreads)]
    threads = [threading.Thread(target=worker, args=(k, n, outs[k])) for k in range(nthreads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for k, o in enumerate(outs):
        print(k, sorted(o.items()))


main()
