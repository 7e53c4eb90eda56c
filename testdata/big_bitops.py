# Bitwise operations on big positive and negative integers.
a = 2 ** 100 + 12345
b = -(2 ** 90) - 678
print(a & b, a | b, a ^ b, ~a, ~b)
print(a << 50, a >> 50, b >> 30, b << 3, -1 << 100)
print((a & (2 ** 64 - 1)), (b & (2 ** 64 - 1)), hex(a), bin(b)[:20], oct(a))
print(a.bit_length(), b.bit_length(), (a ^ a), (b | ~b))
mask = (1 << 128) - 1
x = 0x0123456789ABCDEF0123456789ABCDEF
rot = ((x << 13) | (x >> (128 - 13))) & mask
print(hex(rot))
print(bin(2 ** 70).count("1"), bin(2 ** 70 - 1).count("1"))
