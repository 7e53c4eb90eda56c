# pypystm.stmdict and stmset behave like dict and set (their iteration
# order is unspecified, so everything printed is sorted).
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
from pypystm import stmdict, stmset

d = stmdict({"x": 1}, y=2)
d.update([("z", 3)], w=4)
d[(1, 2)] = "t"
print(sorted(d.items(), key=repr), len(d), bool(d), bool(stmdict()))
print(d["x"], d.get("q"), d.get("q", 9), "y" in d, "q" in d, (1, 2) in d)
print(d.pop("w"), d.pop("w", "gone"), d.setdefault("x", 100), d.setdefault("n", 5))
del d[(1, 2)]
print(sorted(d), sorted(d.keys()), sorted(d.values()), len(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
c = d.copy()
c["x"] = -1
print(d["x"], c["x"], d == dict(d.items()), d != c, isinstance(c, dict), isinstance(c, stmdict))
k, v = d.popitem()
print(k in d, len(d))
d.clear()
print(len(d), list(d))
for i in range(200):
    d[i] = i * i
print(len(d), sum(d.values()), sum(d), max(d))

s = stmset(range(10))
s.add(100)
s.discard(3)
s.remove(4)
print(sorted(s), len(s), 3 in s, 100 in s)
try:
    s.remove(4)
except KeyError as e:
    print("KeyError", e)
print(sorted(s | {7, 200}), sorted(s & {1, 2, 300}), sorted(s - {0, 1}), sorted(s ^ {0, 500}))
s.update([1000], (2000,))
print(len(s), s == set(s), isinstance(s, set), isinstance(s, stmset), type(s).__name__)
x = s.pop()
print(x not in s, len(s))
s.clear()
print(len(s), sorted(s.copy()))
