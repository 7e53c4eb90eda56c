# bin/hex/oct/str/repr of ints, format codes, bool-int interplay.
for n in [0, 1, 7, 8, 255, 256, -1, -256, 12345678901234567890]:
    print(n, bin(n), oct(n), hex(n), str(n), repr(n), format(n, "x"), format(n, "o"))
print(str(True), int(True) + 1, True + 0.5, bool(2), bool(-1))
print(hex(3735928559).upper(), "%x %X %o %d" % (255, 255, 8, -3))
print(chr(65), ord("A"), chr(0x263a), ord("\u263a"))
print(float(7), complex(3), str(-0))
