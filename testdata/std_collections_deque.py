# collections.deque: both ends, maxlen, indexing, rotation, errors.
from collections import deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 11])
print(d)
print(d[0], d[-1], d[3], 3 in d, "zz" in d)
d[1] = "x"
del d[0]
print(d)
d.rotate(2)
print("rotate 2", d)
d.rotate(-3)
print("rotate -3", d)
d.rotate()
print("rotate", d)
d.reverse()
print("reverse", d, list(reversed(d)))
print(d.count(0), d.index(0), d.index("a"), d.index(-1, 3))
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d.remove("ins")
print(d)
c = d.copy()
c.clear()
print(c, d == c, len(d))

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend(range(20, 25))
print(b)
b.extendleft("xy")
print(b)
show("insert full", lambda: b.insert(0, 1))
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)

show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("index range", lambda: deque([1])[5])
show("neg range", lambda: deque([1])[-2])
show("slice", lambda: deque([1])[0:1])
show("str index", lambda: deque([1])["a"])
show("not in", lambda: deque([1, 2]).index(9))
show("remove", lambda: deque([1, 2]).remove(9))
show("maxlen neg", lambda: deque(maxlen=-1))
show("maxlen str", lambda: deque(maxlen="a"))
show("not iterable", lambda: deque(1))
show("too many", lambda: deque([1], 2, 3))
show("concat list", lambda: deque([1]) + [2])
show("mul str", lambda: deque([1]) * "a")
show("count no arg", lambda: deque().count())

x = deque([1, 2, 3])
print(x + deque([4]), x * 2, 2 * x, x * 0, deque([1, 2, 3], maxlen=4) * 3)
x *= 2
print(x)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]),
      deque([1, 2]) >= deque([1, 2, 0]), deque([1]) == [1])
it = iter(x)
next(it)
x.append(9)
show("mutated", lambda: next(it))
r = deque([1])
r.append(r)
print(r)
big = deque()
for i in range(1000):
    big.append(i)
for i in range(990):
    big.popleft()
print(big, sum(deque(range(100))))


class Window(deque):
    def total(self):
        return sum(self)


w = Window([1, 2], 3)
w.extend([3, 4])
print(w, w.total(), w.maxlen, len(w), isinstance(w, deque))
w2 = w.copy()
w2.append(10)
print(type(w2).__name__, w2, w, deque.copy(w))


class Tagged(deque):
    def __repr__(self):
        return "Tagged:" + super().__repr__()


print(Tagged("ab"), [Tagged([1])], Window() == deque())
