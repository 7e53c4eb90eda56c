# Every float presentation type with several precisions and values.
vals = [0.0, -0.0, 1.0, 0.1, 1.5, 2.5, -123.456, 1234567.891, 1e-5, 1.23456789e-12, 6.02e23, 1e16, 12345.6789]
types = ["e", "E", "f", "F", "g", "G", "%", ""]
for v in vals:
    print(repr(v), " ".join(format(v, t) for t in types))
    print("   ", " ".join(format(v, "." + str(p) + t) for t in "efg%" for p in (0, 1, 3)))
for t in types:
    print(t or "none", format(float("inf"), t), format(float("-inf"), t), format(float("nan"), t))
print(format(1e-5, "g"), format(1e-4, "g"), format(123456, "g"), format(1234567, "g"), format(1234567, ".7g"))
print(format(0.00001234, ".3"), format(1234.5, ".3"), format(100.0, ".3"), format(1e100, ".3"))
print(format(3.0, "#g"), format(3.0, "#.0f"), format(3.0, "#.0e"), format(3.0, "#"))
