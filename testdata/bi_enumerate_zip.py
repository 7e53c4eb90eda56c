# enumerate, zip, map, filter.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(2), range(5), range(3))), dict(zip("xy", (1, 2))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, [], [0], "", "a"])), list(filter(str.isdigit, "a1b2")))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
z = zip("ab", "cd")
print(iter(z) is z, next(z), list(z), list(z))
m = map(lambda x: x * 2, [1, 2])
print(type(m).__name__, list(m), list(m))
print(type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
unzipped = list(zip(*[(1, "a"), (2, "b")]))
print(unzipped)
