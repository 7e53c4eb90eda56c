# f-string format specs mirroring format() with dynamic values.
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5d}{price:>8.2f}")
print(f"{'total':<10}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>8.2f}")
for w in range(1, 6):
    print(f"{w:>{w}}|{'*' * w:^7}|{w / 3:.{w}f}")
x = 255
print(f"{x:#06x} {x:#010b} {x:o} {x:,d} {x:e} {-x:+08d}")
print(f"{3.14159:{'.3f'}} {'abc':{'>'}{6}}")
