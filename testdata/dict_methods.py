# dict methods: get, setdefault, pop, popitem, update, keys, values, items, copy, fromkeys, clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
d.update(a=0)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], "v"), dict.fromkeys([]))
c.clear()
print(c, bool(c))
k = d.keys()
d["late"] = True
print(k, len(k), "late" in k)
print(d.values().__class__.__name__, type(d.items()).__name__)
print(dict(a=1) == {"a": 1}, dict([(1, 2)]), dict({"q": 1}, r=2), dict(zip("ab", [1, 2])))
