# collections.OrderedDict: order-sensitive equality, move_to_end, popitem.
from collections import OrderedDict


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


o = OrderedDict()
print(o, repr(o))
o["b"] = 2
o["a"] = 1
o["c"] = 3
print(o, list(o), list(o.values()))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
o.move_to_end("c", False)
print(o)
print(o.popitem(), o)
o["z"] = 26
print(o.popitem(last=False), o)
show("popitem empty", lambda: OrderedDict().popitem())
show("move missing", lambda: OrderedDict().move_to_end("x"))

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == {"x": 1, "y": 2})
print(OrderedDict(a=1, b=2), OrderedDict([("k", [1, 2])], extra=None))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys([1, 2], 0))
c = a.copy()
c["w"] = 0
print(type(c).__name__, c, a)
print(a | {"q": 9}, type(a | {"q": 9}).__name__)
a.update({"y": 20, "n": 5})
print(a)
print(a.pop("x"), a.setdefault("m", 7), a)
del a["y"]
print(a, list(reversed(a)), len(a), "n" in a)
r = OrderedDict(one=1)
r["self"] = r
print(r)

# An LRU cache built on move_to_end and popitem(last=False).
cache = OrderedDict()


def get(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    cache[key] = key * key
    if len(cache) > 3:
        print("evict", cache.popitem(last=False))
    return cache[key]


for k in [1, 2, 3, 1, 4, 2, 5, 1]:
    get(k)
print(cache)
