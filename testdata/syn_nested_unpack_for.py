# Unpacking in for loops and comprehensions over nested structures.
pairs = [(1, "a"), (2, "b")]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
print([a * b for a, b in [(1, 2), (3, 4)]])
print({k: v for (k, v) in [("x", 1)]})
d = {"a": [1, 2], "b": [3]}
for key, (first, *rest) in d.items():
    print(key, first, rest)
triples = [(i, i * i, i ** 3) for i in range(4)]
for _, sq, cube in triples:
    print(sq, cube)
z = list(zip(*triples))
print(z)
