# open() in binary mode: write bytes, read all/partial, read back with sizes.
# The file in /tmp is truncated, not removed, at the end (no os module yet).
path = "/tmp/atompy_bi_open_binary.bin"
data = bytes(range(256)) * 4
with open(path, "wb") as f:
    print(f.write(data))
    f.write(b"\x00tail")
with open(path, "rb") as f:
    head = f.read(10)
    rest = f.read()
print(head, len(rest), rest[-5:])
with open(path, "rb") as f:
    all_ = f.read()
print(len(all_), all_[:4], all_ == data + b"\x00tail", type(all_).__name__)
with open(path, "ab") as f:
    f.write(bytearray(b"!!"))
with open(path, "rb") as f:
    print(f.read()[-3:])
try:
    with open(path, "wb") as f:
        f.write("str not allowed")
except TypeError as e:
    print("TypeError", e)
open(path, "wb").close()
with open(path, "rb") as f:
    print(f.read())
