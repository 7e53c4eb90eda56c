# Building and iterating bytes; int values, checksums, hex dumps.
data = bytes(range(0, 256, 17))
print(data)
print([b for b in data], sum(data) % 256)
checksum = 0
for b in b"The quick brown fox":
    checksum = (checksum * 31 + b) & 0xFFFFFFFF
print(checksum)
out = bytearray()
for i in range(8):
    out.append(i * 30)
print(bytes(out), out.hex())
def dump(bs):
    for off in range(0, len(bs), 8):
        chunk = bs[off:off + 8]
        print(f"{off:04x}  {' '.join(f'{c:02x}' for c in chunk):<23}  {''.join(chr(c) if 32 <= c < 127 else '.' for c in chunk)}")
dump(b"Hello, bytes!\x00\x01\xff and more")
print(b"%d-%s-%x" % (5, b"ab", 255))
