# Float methods and conversions.
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-1.25).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(float("3.5"), float(" -1e3 "), float("+inf"), float("-Infinity"), float("nAn"), float("1_000.5"))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
print(float(True), float(10 ** 20), float("0x10" if False else "16"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print((3.7).__trunc__(), int(-3.7), (3.7).real, (3.7).imag, (3.7).conjugate())
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
