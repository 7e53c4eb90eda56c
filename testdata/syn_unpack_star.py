# Starred unpacking targets in all positions.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
[a, *b] = (9,)
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
x = [*range(3), *"ab", *[None]]
print(x)
t = (*x[:2], 99)
print(t)
s = {*[1, 2], *(2, 3)}
print(sorted(s))
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
print(*[1, 2, 3], sep="-")
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
