# float repr: shortest round-tripping representation.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 1.5e16, 123456789.123,
        1e22, 1e23, 1e-5, 1e-4, 0.0001234, 5e-324, 1.7976931348623157e308, 2.5, -0.0, 3.14159,
        1 / 7, 1e100, 9007199254740993.0, 0.1 * 3, 1.1 * 1.1, 2 ** 0.5, 1e-7, 123e-310]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("-1e500"), 1e308 * 10)
print(repr(1e16 - 1), repr(float(2 ** 63)), float(10 ** 30))
print([0.5, 0.25, 0.125], (1.5,), {2.5: 0.5})
