# repr of dicts with nested and recursive values; equality semantics.
d = {"s": "str", 1: [1, 2], (1, 2): {"in": None}, 2.5: True}
print(d, repr(d), str(d))
r = {}
r["self"] = r
print(r)
print({} == {}, {1: 1} == {1: 1.0}, {1: 2} == {2: 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {} < {}
except TypeError as e:
    print("TypeError", e)
print(len({i: None for i in range(100)}), {1: "a"} != {1: "b"})
print(dict(sorted({"b": 1, "a": 2}.items())))
