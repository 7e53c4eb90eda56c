# frozenset: immutability, hashing, as dict keys and members of sets.
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(f == {1, 2, 3}, frozenset() == set(), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {f: "fs"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
u = f | {9}
print(type(u).__name__, sorted(u), type({9} | f).__name__)
print(sorted(f & {1, 5}), sorted(f - {1}), f.issubset({1, 2, 3, 4}))
print(repr(frozenset()), repr(frozenset([5])), repr(set()), repr({5}))
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
