# Chained comparisons: semantics and single evaluation of middle operands.
def v(x):
    print("v", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2)
print(1 < v(2) < 3)
print(3 < v(2) < v(5))
print(1 == 1 == 1, 1 == 1 != 1)
print(1 < 2 > 0 <= 0 >= 0)
a = [1, 2]
b = a
print(a is b is not None)
print(2 in a in [a], 3 not in a in [a])
x = 5
print(0 <= x < 10, 0 <= x < 5)
print("a" < "b" < "c", "a" < "c" < "b")
print(1 < 2.5 < 3, 1.0 == 1 == True)
print([1, 2] < [1, 3] < [2])
print((1, 2) <= (1, 2) < (1, 2, 0))
r = 1 < v(0) < v(99)
print(r)
