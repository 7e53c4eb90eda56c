# The | and |= operators, ** merging, nested dicts and counting idioms.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({**a, "x": -1}, dict(a, x=-2))
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError", e)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
counts = {}
for w in "to be or not to be that is the question to".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({k: v for k, v in sorted(counts.items()) if v > 1})
