# All four comprehension kinds with nested for/if clauses.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in range(4) if x > 1 for y in "ab" if y != "b"])
print([[c for c in row] for row in ["ab", "cd"]])
print({x % 3 for x in range(10)} == {0, 1, 2})
print(sorted({c.upper() for c in "hello"}))
print({k: v for k, v in zip("abc", range(3))})
print({x: [y for y in range(x)] for x in range(4)})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
g = (x * 2 for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in "a bb ccc".split()))
x = "outer"
print([x for x in "inner"], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print({n: n ** 2 for n in range(5) if n != 2})
print([i for i in range(3)] + [j for j in ()])
print(list(x for x in [] if x))

class K:
    base = 10
    vals = [base + i for i in range(1)] if False else [i for i in range(3)]
print(K.vals)
