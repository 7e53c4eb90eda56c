# bytearray: mutation, methods shared with bytes, conversions.
ba = bytearray(b"hello")
ba[0] = ord("H")
print(ba, len(ba))
ba.append(33)
ba.extend(b" there")
print(ba)
ba[1:5] = b"ELLO"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
print(ba, bytes(ba), ba.decode())
ba.reverse()
print(ba)
ba.remove(ord(" "))
print(ba, ba.find(b"L"), ba.count(b"L"), ba.upper())
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray(b"x") == b"x")
c = bytearray(b"abc")
c += b"def"
c *= 2
print(c, c[2], c[2:4], type(c[2:4]).__name__)
try:
    c[0] = 300
except ValueError as e:
    print("ValueError", e)
c.clear()
print(c, len(c), bytearray(b"zz").copy())
print(repr(bytearray(b"\x00'")), bytearray(b"a b").split())
