# Tuples: packing, unpacking, immutability, methods, comparison, hashing.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.index("two"), (1, 1, 2).count(1), 3.0 in t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index("x")
except ValueError as e:
    print("ValueError", e)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()], hash((1, 2)) == hash((1, 2)))
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
mutable_inside = ([1], 2)
mutable_inside[0].append(3)
print(mutable_inside)
x, y = y_x = (10, 20)
print(x, y, y_x)
print(type((1)).__name__, type((1,)).__name__, repr((1,)), repr(()))
print(max((3, 1), (3, 2)), sorted([(2, "b"), (1, "z"), (2, "a")]))
