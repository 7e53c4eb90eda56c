# List, tuple, dict and set displays, including unpacking and trailing commas.
print([], [1], [1, 2,], [[], [[]]])
print((), (1,), (1, 2,), ((),))
print({}, {"a": 1,}, {1: 2, 1: 3})
print({1}, {1, 1, 2} == {1, 2}, type({}).__name__, set())
print([*(), *[], *"ab"], (*"xy",), {*"aa"})
print({**{}, **{"x": 1}}, {"x": 0, **{"x": 1}}, {**{"x": 1}, "x": 0})
print(dict(a=1), list("abc"), tuple([1, 2]))
print([i for i in (1, 2)], (i for i in ()).__class__.__name__)
nested = {"list": [1, {"k": (2, 3)}], "tuple": (4,)}
print(nested, nested["list"][1]["k"][0])
print(len([None] * 5), [[0] * 2] * 2)
key_order = {}
for k in ["c", "a", "b"]:
    key_order[k] = len(key_order)
print(key_order, list(key_order))
print({True: "t", 1: "one", 1.0: "float"})
