# Nested tuple comparison, equality with lists, and tuples in sets.
pts = [(2, 3), (1, 5), (2, 1), (1, 5, 0), (1,)]
print(sorted(pts))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1, (2, 3)) < (1, (2, 4)))
s = {(1, 2), (1, 2), (2, 1)}
print(sorted(s), len(s))
print(((),) == ((),), (float("nan"),) == (float("inf"),))
n = float("nan")
print((n,) == (n,), [n] == [n], n in [n])
print(tuple(sorted((3, 1, 2))), min([(1, "b"), (1, "a")]))
