# cmath: infinities, NaNs, signed zeros, branch cuts and errors.
import cmath

inf = float("inf")
nan = float("nan")
vals = [-inf, -1.5, -0.0, 0.0, 1.5, inf, nan]

def show(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    if isinstance(v, complex):
        return "(%r, %r)" % (v.real, v.imag)
    return repr(v)

for name in ["sqrt", "exp", "log", "cosh", "sinh", "tanh", "acos", "asinh", "atanh", "polar"]:
    f = getattr(cmath, name)
    row = []
    for a in vals:
        for b in vals:
            try:
                row.append(show(f(complex(a, b))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[0])
    print(name, " ".join(row))

for r in vals:
    out = []
    for phi in vals:
        try:
            out.append(show(cmath.rect(r, phi)))
        except ValueError:
            out.append("V")
    print("rect", r, " ".join(out))

# Signed zeros pick the side of a branch cut.
for z in [complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0)]:
    print(show(z), show(cmath.sqrt(z)), show(cmath.log(z)), show(cmath.asin(z)), show(cmath.acos(z)),
          show(cmath.atanh(z)), show(cmath.acosh(z)))
for z in [complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
    print(show(z), show(cmath.atan(z)), show(cmath.asinh(z)))

for f, args in [(cmath.log, (0,)), (cmath.log, (2, 1)), (cmath.log, (2, 0)), (cmath.log10, (0j,)),
                (cmath.atanh, (1,)), (cmath.atanh, (-1,)), (cmath.atan, (1j,)), (cmath.exp, (1000,)),
                (cmath.cosh, (1000 + 1j,)), (cmath.sinh, (-1000,)), (cmath.polar, (complex(1e308, 1e308),)),
                (cmath.rect, (1, inf)), (cmath.cos, (complex(inf, 0),)), (cmath.sqrt, ("x",)),
                (cmath.sqrt, (None,)), (cmath.log, ()), (cmath.sqrt, ()), (cmath.exp, (1, 2)),
                (cmath.sqrt, (10 ** 400,)), (cmath.rect, (1,)), (cmath.phase, ([],))]:
    try:
        print(f.__name__, show(f(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(show(cmath.log(0, 2)), show(cmath.log(1, 2)))

class Bad:
    def __complex__(self):
        return 5

try:
    cmath.sqrt(Bad())
except TypeError as e:
    print("TypeError", e)
