# Views are live; iteration; set operations on keys/items; mutation during iteration errors.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(ks), list(vs), list(its))
print(sorted(ks & {"a", "z"}), sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(("a", 1) in its, ("a", 2) in its, 4 in vs, "d" in ks)
for k, v in d.items():
    print(k, v)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
for k in list(d):
    if k.startswith("new"):
        del d[k]
print(d)
print(sum(d.values()), max(d, key=d.get), sorted(d, key=lambda k: -d[k]))
it = iter(d)
print(next(it), next(it))
print(list(zip(d, d.values())))
print(d == {"d": 4, "c": 3, "b": 2, "a": 1}, d != {}, {1: 2}.items() == {(1, 2)})
