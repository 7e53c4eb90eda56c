# Float arithmetic, floor division, modulo, inf and nan behaviour.
a, b = 7.5, -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, (-a) ** 2)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, 0.0 % 5, -0.0 % 5)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan)
print(1 / inf, -1 / inf, inf / inf, inf % 3 if False else "skip")
print(2.0 ** 0.5, 8 ** (1 / 3), 10 ** -2, 2 ** 0.5 * 2 ** 0.5)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10, 5e-324 / 2)
for x in [0.0, -0.0]:
    print(x, 1 / x if x else "div skipped", str(x), repr(x))
print(0.0 == -0.0, 3.0 == 3, 0.1 * 3 == 0.3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__)
print(type((-8.0) ** 0.5).__name__)
print(abs(-2.5), -abs(2.5), sum([0.1] * 10), round(sum([0.1] * 10), 10))
