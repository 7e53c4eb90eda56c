# f-strings: expressions, conversions, specs, nested fields, braces.
name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{n} {n!r} {name!r} {name!s}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2e}|")
print(f"{n:5d}|{n:<5d}|{n:^5}|{n:>05}|{n:x}|{n:#o}|{n:b}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:*^{width}}]")
print(f"{{literal}} {{{n}}}")
print(f"{n + 1} {n * 2:04d} {[1, 2][1]} {'nested'}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
print(f"{'a' if n > 0 else 'b'}")
print(f"{n=}")
print(f"{pi=:.1f}")
print(f"{1_000_000:,} {1234567.891:,.2f} {255:_x}")
print(f"{-5:+d} {5:+d} {5: d}")
print(f"{'abc'!r:>8}")
x = 3
print(f"{x:{'0'}{'5'}}")
print(F"upper prefix {x}")
print(rf"raw \n {x}")
print(f"""triple
{x} quoted""")
print(f"{3.0:g} {1e20:g} {0.0001:g} {1.5e-7:e}")
print(f"{'é':>3}|{'😀'}|")
print(f"{None!s} {True!r} {None}")
print(f"{12.5:%}")
obj = [1, "two"]
print(f"{obj!r} {obj}")
print(f"{n:{'>'}{10}}")
