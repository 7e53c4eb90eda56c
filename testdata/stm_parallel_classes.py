# Threads that share classes, functions and modules but mutate only their
# own objects. Under atompy's debug mode stm.unsync=1 they run truly in
# parallel with no synchronisation, so the interpreter's Go-side shared
# state (inline caches, lookup memos, shape trees, type tables) is exercised
# from several threads at once. The output must match CPython's.
import threading


class Shape:
    sides = 0
    kind = "shape"

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.kind}:{self.name}:{self.area()}"

    @property
    def label(self):
        return self.name.upper()


class Rect(Shape):
    sides = 4
    kind = "rect"

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    kind = "square"

    def __init__(self, name, s):
        super().__init__(name, s, s)

    def describe(self):
        return "sq/" + super().describe()


class Tri(Shape):
    sides = 3
    kind = "tri"

    def __init__(self, name, b, hh):
        Shape.__init__(self, name)
        self.b = b
        self.hh = hh

    def area(self):
        return self.b * self.hh // 2


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Bag:
    """Instances get attributes in different orders: the shape tree grows
    from several threads at once."""


ORDERS = ["abcd", "dcba", "badc", "cadb", "acbd", "dbca"]


def fill(bag, order, base):
    for k, ch in enumerate(order):
        setattr(bag, ch, base + k)
    bag.total = bag.a + bag.b + bag.c + bag.d
    return bag


def make_adder(n):
    def add(x):
        return x + n
    return add


def worker(tid, n, out):
    shapes = []
    acc = 0
    kinds = {}
    adders = [make_adder(i) for i in range(5)]
    for i in range(n):
        m = i % 4
        if m == 0:
            s = Rect(f"r{i}", i % 7 + 1, tid + 1)
        elif m == 1:
            s = Square(f"s{i}", i % 5 + 1)
        elif m == 2:
            s = Tri(f"t{i}", i % 9 + 2, 4)
        else:
            s = Shape(f"p{i}")
        shapes.append(s)
        acc += s.area() + s.sides
        d = s.describe()
        kinds[s.kind] = kinds.get(s.kind, 0) + len(d)
        if isinstance(s, Rect) and not isinstance(s, Tri):
            acc += 1
        if s.label.startswith("S"):
            acc += 2
        b = fill(Bag(), ORDERS[(i + tid) % len(ORDERS)], i)
        acc += b.total + adders[i % 5](b.a)
        # Per-thread attribute names too: new shape branches per thread.
        setattr(b, f"t{tid}_{i % 3}", i)
        acc += getattr(b, f"t{tid}_{i % 3}")
        acc += Pt(i - 700, tid - i % 11).norm1()
    out["acc"] = acc
    out["kinds"] = sorted(kinds.items())
    out["n"] = len(shapes)


def main():
    nthreads, n = 4, 1500
    outs = [{} for _ in range(nthreads)]
    threads = [threading.Thread(target=worker, args=(k, n, outs[k])) for k in range(nthreads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for k, o in enumerate(outs):
        print(k, o["n"], o["acc"], o["kinds"])
    # The same work on one thread must agree with the parallel results.
    check = {}
    worker(2, n, check)
    print("check", check == outs[2])


main()
