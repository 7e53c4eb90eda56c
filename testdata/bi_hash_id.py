# hash and id: properties that hold, without printing values that vary.
print(hash(1), hash(0), hash(-5), hash(True), hash(1.0), hash(2.5), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash(frozenset({1})) == hash(frozenset([1])))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
a = []
b = a
print(id(a) == id(b), id(a) == id([]) if False else True, type(id(a)).__name__, id(a) > 0)
print(hash(10 ** 30) == hash(10 ** 30), hash(1.5) == hash(1.5), isinstance(hash(object()), int))
