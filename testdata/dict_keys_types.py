# Keys of many hashable types; unhashable key errors; equal keys of different types.
d = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", frozenset([1]): "fs", b"1": "bytes", True: "bool?"}
print(d)
print(d[1], d[1.0], d[True], d[(1,)], d[None], d[frozenset({1})])
try:
    d[[1]] = "list"
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    d[(2, 3)]
except KeyError as e:
    print("KeyError", e)
print(2 ** 100 in {2 ** 100: 1}, -0.0 in {0: 1}, {0: "a"}[-0.0], {0.5: 1}.get(1 / 2))
