# cmath.isclose and identities checked numerically.
import cmath

print(cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1j + 1e-8))
print(cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(1, 1.1, rel_tol=0.1))
print(cmath.isclose(complex(float("inf"), 0), complex(float("inf"), 0)),
      cmath.isclose(complex(float("inf"), 0), complex(float("inf"), 1)), cmath.isclose(cmath.nanj, cmath.nanj))
print(cmath.isclose(a=1, b=1.0000000001), cmath.isclose(2, 2.5, abs_tol=0.5, rel_tol=0))
for bad in [lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, abs_tol=-0.5),
            lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1), lambda: cmath.isclose("a", 1),
            lambda: cmath.isclose(1, 2, tol=3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

zs = [complex(a / 3.0, b / 7.0) for a in range(-6, 7, 3) for b in range(-7, 8, 7)]
ok = {}
def check(name, cond):
    ok[name] = ok.get(name, True) and cond

for z in zs:
    check("exp-log", z == 0 or cmath.isclose(cmath.exp(cmath.log(z)), z, abs_tol=1e-15))
    check("sqrt^2", cmath.isclose(cmath.sqrt(z) ** 2, z, abs_tol=1e-15))
    check("sin2+cos2", cmath.isclose(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1, abs_tol=1e-13))
    check("cosh2-sinh2", cmath.isclose(cmath.cosh(z) ** 2 - cmath.sinh(z) ** 2, 1, abs_tol=1e-13))
    check("tan", abs(cmath.cos(z)) < 1e-9 or cmath.isclose(cmath.tan(z), cmath.sin(z) / cmath.cos(z)))
    check("asin(sin)", abs(z.real) > 1.5 or cmath.isclose(cmath.asin(cmath.sin(z)), z, abs_tol=1e-14))
    check("asinh(sinh)", abs(z.imag) > 1.5 or cmath.isclose(cmath.asinh(cmath.sinh(z)), z, abs_tol=1e-14))
    check("atanh(tanh)", abs(z.imag) > 1.5 or cmath.isclose(cmath.atanh(cmath.tanh(z)), z, abs_tol=1e-14))
    check("log10", z == 0 or cmath.isclose(cmath.log10(z), cmath.log(z) / cmath.log(10)))
    check("polar", cmath.isclose(cmath.rect(*cmath.polar(z)), z, abs_tol=1e-15))
print(sorted(ok.items()))

total = 0j
for k in range(1, 40):
    total += cmath.exp(2j * cmath.pi * k / 40)
print(abs(total + 1) < 1e-12)
roots = [cmath.rect(1, 2 * cmath.pi * k / 5) for k in range(5)]
print([round(r.real, 6) + round(r.imag, 6) * 1j for r in roots])
