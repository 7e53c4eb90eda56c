# cmath: constants, conversions, polar/rect, phase, and the elementary functions.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj).__name__)

zs = [1 + 1j, -2 + 0.5j, 3 - 4j, 0.25j, -1, 2, 1e-8 + 1e-8j, 1e10 - 1e10j, -0.75 - 0.01j]
for z in zs:
    print(z, cmath.phase(z), cmath.polar(z), abs(z) == cmath.polar(z)[0])
    r, phi = cmath.polar(z)
    print("  rect", cmath.rect(r, phi))

for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    print(name, [f(z) for z in [0.5 + 0.5j, -1.5 + 2j, 3 - 0.25j, 0.1j, 2]])

print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, 3 + 1j))
print(cmath.log(10 ** 20), cmath.log10(10 ** 20), cmath.sqrt(10 ** 10), cmath.sqrt(-4))
print(cmath.exp(1j * cmath.pi), cmath.exp(700), cmath.exp(-800 + 1j))

class C:
    def __complex__(self):
        return 2 + 3j

class F:
    def __float__(self):
        return 0.5

class I:
    def __index__(self):
        return 4

print(cmath.sqrt(C()), cmath.sin(F()), cmath.exp(I()), cmath.phase(True), cmath.polar(False))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(complex(float("nan"), 0)),
      cmath.isfinite(cmath.nanj), cmath.isinf(cmath.infj), cmath.isnan(3))
