# Conversions between bytes, ints, strings and hex.
n = 0x1234ABCD
b = n.to_bytes(4, "big")
print(b, n.to_bytes(4, "little"), int.from_bytes(b, "big"), int.from_bytes(b, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(bytes.fromhex("deadbeef"), b"\xde\xad".hex(), bytearray.fromhex("00ff"))
print(list(map(int, b"09")), [chr(c) for c in b"AZ"], bytes([ord(c) for c in "hi"]))
print(str(b"abc"), repr(b"abc"), b"abc".decode("ascii"))
print(len(bytes(10)), bytes(10)[3])
