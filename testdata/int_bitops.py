# Bitwise operations including negatives and shifts.
vals = [0, 1, 5, -1, -6, 255, 1 << 40]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ -1, a << 3, a >> 2)
print(-1 >> 100, 1 >> 100, -5 >> 1, -5 // 2)
print(bin(-10), hex(-255), oct(-8))
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
x = 0
for i in range(0, 64, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
mask = (1 << 32) - 1
print(mask, (-1) & mask, (1 << 64) - 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
