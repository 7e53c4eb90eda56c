# Floor division, modulo and divmod with big and negative operands.
vals = [10 ** 30 + 7, -(10 ** 30 + 7), 2 ** 100 - 1, -(2 ** 65)]
divs = [7, -7, 10 ** 15 + 3, -(2 ** 64), 2 ** 100]
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a // b, a % b, q == a // b, r == a % b)
print(10 ** 40 / 10 ** 20, 2 ** 100 / 3, -(10 ** 30) / 7)
print(2 ** 1000 // 3 ** 500, (2 ** 1000) % (3 ** 100))
try:
    (2 ** 100) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 // 10 ** 401)
