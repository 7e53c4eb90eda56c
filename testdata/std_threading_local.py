# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again in every thread that touches the object.
import threading

data = threading.local()
data.x = "main"
results = {}
lock = threading.Lock()


def worker(k):
    had = hasattr(data, "x")
    data.x = k
    data.items = [k] * 3
    for _ in range(200):
        data.x = data.x + 0
    with lock:
        results[k] = (had, data.x, data.items)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print("main still sees", data.x, hasattr(data, "items"))
del data.x
print(hasattr(data, "x"))
try:
    data.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del data.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    p2 = threading.local()
    p2.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)


class Counter(threading.local):
    calls = []

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        Counter.calls.append(start)

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10, step=5)
print(c.bump(), c.doubled)
out = []


def use_counter():
    v = c.bump()
    v = c.bump()
    with lock:
        out.append((v, c.doubled))


ts = [threading.Thread(target=use_counter) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out, c.value, len(Counter.calls))

try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)


class Plain(threading.local):
    pass


p = Plain()
p.a = 1
seen = []
t = threading.Thread(target=lambda: seen.append(getattr(p, "a", "unset")))
t.start()
t.join()
print(seen, p.a, isinstance(p, threading.local))
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
