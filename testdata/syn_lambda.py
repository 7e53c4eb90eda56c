# Lambdas: defaults, varargs, closures, nesting, immediate calls.
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
va = lambda *a, **k: (a, sorted(k.items()))
print(va(1, 2, x=3, y=4))
kwo = lambda a, *, b: a - b
print(kwo(10, b=3))
print((lambda: "called")())
make = lambda n: lambda x: x + n
plus3 = make(3)
print(plus3(4), make(10)(1))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(5), cond(0), cond(-5))
print(sq.__name__)
print((lambda x, /, y: x + y)(1, y=2))
