# Every binary and unary operator on ints, floats, bools and sequences.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a / b)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, -a >> 1)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(+a, -a, not a, not 0)
x, y = 7.5, 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-x // y, -x % y, x % -y)
print(True + True, True * 3, False - 1, True / 2, -True, ~True)
print([1] + [2], [0] * 3, 3 * "ab", (1,) * 2, "a" < "b")
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or 0 or [])
print(None is None, [] is not [])
print(2 in [1, 2], 3 not in (1, 2), "ell" in "hello", "" in "x")
print(5 .__add__(3), (5).__mul__(2), 2 ** 0.5 == 2 ** .5)
print(0.1 + 0.2, 1e300 * 10, -1e300 * 10, 1 / 3)
print(int.__add__(3, 4), float.__truediv__(1.0, 4))
print(divmod(a, b), divmod(-a, b), divmod(x, y))
