# collections.Counter: counting, most_common, elements, arithmetic.
from collections import Counter


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(x=2, y=1).elements()))
print(Counter(), Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8))
print(Counter([3, 1, 3, 2, 1, 3]))

c.update("aaz")
c.update({"b": 10})
c.update(q=2)
print(c)
c.subtract("aaaa")
c.subtract({"b": 20}, z=1)
print(c)
c["k"] = 0
del c["nope"]
del c["k"]
print(c, c.total())

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
print(a == Counter(a=3, b=1, c=-2, e=0), a != b, Counter(a=1) <= Counter(a=2, b=1),
      Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=1) == {"a": 1})
x = Counter(a=2, b=3)
x += Counter(a=-5, c=1)
print(x)
x -= Counter(b=1)
print(x)
x |= Counter(b=7, d=-1)
print(x)
x &= Counter(b=4, c=9)
print(x)
d = a.copy()
d["a"] = 100
print(type(d).__name__, d["a"], a["a"])
show("fromkeys", lambda: Counter.fromkeys("ab"))
show("add list", lambda: Counter() + [1])

words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3))
for word, n in sorted(wc.items()):
    if n > 1:
        print(word, n)
print(Counter(w[0] for w in words).most_common(2))
ties = Counter("cabbac")
print(ties, ties.most_common())


class Tally(Counter):
    def top(self):
        return self.most_common(1)[0]


t = Tally("hello")
print(t.top(), type(t).__name__, t)


class Loud(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


print(Loud("aba"))


def gen():
    for i in range(2000):
        yield str(i % 7) * 20


print(Counter(gen()).most_common(2))
f = Counter({"a": 1.5})
f.update("aa")
print(f)
show("unhashable", lambda: Counter([[1]]))
