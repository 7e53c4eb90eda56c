# sorted (key, reverse, stability) and reversed.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}.items()), sorted(x * -1 for x in range(4)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
