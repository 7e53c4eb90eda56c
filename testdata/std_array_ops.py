# array: slicing, slice assignment, +, *, comparisons, copies.
from array import array as A
import copy

a = A("i", range(10))
print(a[2:5], a[::3], a[::-1], a[5:1], a[-3:], a[100:], a[:])
a[2:4] = A("i", [20, 30, 40])
print(a)
a[::2] = A("i", [0] * len(a[::2]))
print(a)
del a[1:3]
print(a)
del a[::3]
print(a)
a[:] = A("i", [7, 8, 9])
print(a)
a[1:1] = A("i", [1, 2])
a[-1] = -9
del a[0]
print(a, len(a))
a[5:] = A("i")
a[0:0] = a
print(a)

x = A("d", [1.5, 2.5])
y = A("d", [3.0])
print(x + y, x * 2, 3 * y, x * 0, x * -1, A("u", "ab") + A("u", "c"))
z = x
z += y
print(z, x, z is x)
z *= 2
print(z, x, z is x)
for bad in [lambda: x + A("i", [1]), lambda: x + [1], lambda: [1] + x, lambda: x * "a", lambda: x * 1.5]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    z += [1]
except TypeError as e:
    print("TypeError", e)
try:
    z *= "k"
except TypeError as e:
    print("TypeError", e)

print(A("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) == A("d", [1.0, 2.0]), A("i", [1]) == [1])
print(A("i", [1, 2]) < A("i", [1, 2, 0]), A("i", [1, 3]) > A("i", [1, 2, 9]), A("b", [1]) <= A("b", [1]),
      A("i", [2]) >= A("i", [3]), A("i", [1]) != A("i", [1, 1]))
nan = float("nan")
print(A("d", [nan]) == A("d", [nan]), A("d", [nan]) != A("d", [nan]), A("f", [0.5]) == A("d", [0.5]))
try:
    A("i") < [1]
except TypeError as e:
    print("TypeError", e)

c1 = copy.copy(x)
c2 = copy.deepcopy(x)
c1.append(99)
print(x, c1, c2, c1 is x, c2 == x)

big = A("q")
for i in range(2000):
    big.append(i * i)
print(len(big), big[1999], sum(big), big[1000:1003], big.count(100), big.index(10000))
del big[:1990]
print(big)
big.reverse()
print(big.tolist())

m = A("i", [1, 2, 3])
m.extend(m)
print(m)
m[1:3] = m
print(m)

class MyArray(A):
    def total(self):
        return sum(self)

ma = MyArray("i", [4, 5, 6])
print(type(ma).__name__, ma.total(), len(ma), ma[1], ma.typecode, list(ma))
