# encode/decode between str and bytes with errors handling.
s = "héllo wörld ☃"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode("utf-8") == s)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("latin-1", "replace"))
print(s.encode("utf-8", "strict")[:3])
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print("abc".encode("ascii"), "é".encode("latin-1"), bytes("€", "utf-8"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"x", encoding="ascii"))
print([hex(c) for c in "😀".encode()])
