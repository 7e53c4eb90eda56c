# bytes: construction, indexing, slicing, methods, repr.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::3])
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip(), b.title(), b.capitalize())
print(b"-".join([b"a", b"b"]), b + b"!", b * 2, b"o" in b, 111 in b, b.index(b"w"))
print(b.hex(), bytes.fromhex("68 69"), b.decode(), list(b"abc"))
print(repr(b"\x00\x7f\x80\xff\t\n\r'\""), repr(b"'"), repr(b"\\"))
print(b"abc" < b"abd", b"abc" == b"abc", b"a" == "a", b.isalpha(), b"123".isdigit(), b" ".isspace())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
print(b"a,b".partition(b","), b"x".zfill(3), b"ab".center(6, b"*"), b"ab".ljust(4) + b"|", b"\x01\x02".hex("-"))
print(type(b[0]).__name__, type(b[:1]).__name__, bytes.__name__)
