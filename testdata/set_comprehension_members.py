# Set comprehensions, membership with mixed numeric types, and strings (printed sorted).
s = {x % 7 for x in range(100)}
print(sorted(s), len(s))
print(1 in {1.0}, 1.0 in {True}, 2 ** 64 in {float(2 ** 64)})
names = {n.lower() for n in ["Ann", "ann", "BOB", "bob", "Cy"]}
print(sorted(names))
pairs = {(a, b) for a in range(3) for b in range(3) if a != b}
print(sorted(pairs))
print(sorted({c for c in "mississippi"}), sorted(set("mississippi"), key="mississippi".index))
