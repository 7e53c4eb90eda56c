# Threads running shared generator functions, closures, exception handling,
# comprehensions, dict/set/str operations and key functions called from Go
# (sorted, max), all in parallel. Each thread mutates only its own objects;
# the output must match CPython's.
import threading


class Stop(Exception):
    def __init__(self, at):
        super().__init__(f"stop at {at}")
        self.at = at


class Temperature:
    unit = "C"

    def __init__(self, deg):
        self._deg = deg

    @property
    def deg(self):
        return self._deg

    @deg.setter
    def deg(self, v):
        if v < -273:
            raise ValueError(f"too cold: {v}")
        self._deg = v

    @staticmethod
    def parse(s):
        return Temperature(int(s.rstrip("C")))

    @classmethod
    def zero(cls):
        return cls(0)

    def __eq__(self, other):
        return isinstance(other, Temperature) and self._deg == other._deg

    def __hash__(self):
        return hash(self._deg)

    def __lt__(self, other):
        return self._deg < other._deg


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def pairs(xs):
    it = iter(xs)
    for a in it:
        b = next(it, None)
        yield (a, b)


def chain(*gens):
    for g in gens:
        yield from g


def guarded(xs, limit):
    for x in xs:
        if x > limit:
            raise Stop(x)
        yield x


def counter_factory():
    count = 0

    def bump(k=1):
        nonlocal count
        count += k
        return count
    return bump


def worker(tid, n, out):
    bump = counter_factory()
    words = {}
    seen = set()
    temps = []
    errors = 0
    text = []
    for i in range(n):
        g = chain(countdown(i % 6), (x * 2 for x in range(i % 4)))
        s = sum(g)
        for a, b in pairs(range(i % 5)):
            s += a + (b or 0)
        try:
            s += sum(guarded(range(10), 5 + (i + tid) % 6))
        except Stop as e:
            s += e.at
            errors += 1
        t = Temperature.parse(f"{(i * 7 + tid) % 60 - 20}C")
        try:
            t.deg = t.deg - (300 if i % 97 == 0 else 1)
        except ValueError as e:
            errors += len(str(e)) > 0
        temps.append(t)
        key = f"{tid}-{i % 17:03d}".replace("-", "_").upper()
        words[key] = words.get(key, 0) + s
        seen.add(s % 23)
        text.append(" ".join(w.capitalize() for w in ["ab", "cd", str(i % 9)]))
        bump(s % 3)
    temps.sort()
    out["min"] = temps[0].deg
    out["max"] = max(temps, key=lambda t: t.deg).deg
    out["uniq"] = len(set(temps))
    out["zero"] = Temperature.zero() in temps
    out["errors"] = errors
    out["words"] = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    out["seen"] = sorted(seen)
    out["bump"] = bump(0)
    out["text"] = "|".join(sorted(set(text)))[:40]
    out["lens"] = {k: len(v) for k, v in {"a": "x" * tid, "b": "yy"}.items()}


def main():
    nthreads, n = 4, 600
    outs = [{} for _ in range(nthreads)]
    threads = [threading.Thread(target=worker, args=(k, n, outs[k])) for k in range(nthreads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for k, o in enumerate(outs):
        print(k, sorted(o.items()))


main()
