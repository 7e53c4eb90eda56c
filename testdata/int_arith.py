# Integer arithmetic: floor division and modulo signs, true division, powers.
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** (1 / 3) if False else "skip")
print(10 ** 18, 10 ** 19, -(10 ** 19))
print(abs(-5), abs(0), -0, +5)
print(7 // 1, 0 // 5, 0 % 5, -0 // 3)
print(int(3.99), int(-3.99), int("  42  "), int("-0"), int(True))
print(round(7 / 2), round(5 / 2), round(-2.5), round(1234, -2), round(1250, -2), round(-1350, -2))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 3 < 3.5)
print((5).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 70).bit_length())
print(int.bit_count(255) if hasattr(int, "bit_count") else 8)
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(max(3, 7, -1), min([4, 2, 8]), sum(range(101)))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(3, 4, 5), pow(7, -1, 13))
print(17 .__floordiv__(5), (17).__rfloordiv__(5), (3).__neg__())
print(int.__name__, isinstance(5, int), isinstance(True, int))
print((12).conjugate(), (5).real, (5).imag, (6).numerator, (6).denominator)
