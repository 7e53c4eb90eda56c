# math module: constants and functions with exactly representable results.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0), math.hypot(3, 4))
print(math.factorial(10), math.factorial(25), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1) * 4 == math.pi, math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.asin(1), 12), round(math.acos(0), 12))
print(math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.nan), math.isclose(0.1 + 0.2, 0.3))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
print(math.floor(1e20), math.ceil(10 ** 30))
print(round(math.exp(1), 10), round(math.sinh(1), 10), round(math.cosh(0), 10), round(math.tanh(0.5), 10))
