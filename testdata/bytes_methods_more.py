# More bytes methods: splitlines, rsplit, translate-free ops, startswith tuples.
b = b"one\ntwo\r\nthree"
print(b.splitlines(), b.splitlines(True), b.rsplit(b"\n", 1), b.lstrip(b"on"), b.rstrip(b"e"))
print(b"a1b2".isalnum(), b"AB".isupper(), b"ab".islower(), b"Ab".swapcase(), b"ab".lower())
print(b"abc".startswith((b"x", b"a")), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"x".join([b"1", b"2", b"3"]), b"".join([]), bytes(reversed(b"abc")))
print(b"hello".rindex(b"l"), b"a b  c".split(b" "), b"  a b ".split(), b"a" * 0)
print(max(b"azm"), min(b"azm"), sorted(b"cab"), bytes(sorted(b"cab")))
print(b"\xff" > b"\x00", b"abc"[1:2] == b"b", b"abc".expandtabs())
