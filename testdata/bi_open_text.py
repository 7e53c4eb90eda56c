# open() in text mode: write, read, append, readline, readlines, iteration, with.
# The file lives in /tmp under the test's name and is left empty at the end
# (removing it would need the os module, which comes in a later issue).
path = "/tmp/atompy_bi_open_text.txt"
with open(path, "w") as f:
    n = f.write("line one\n")
    f.write("line two\nline three\n")
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path) as f:
    print(f.read(4), f.read(5), len(f.read()))
f = open(path, "w")
print(f.closed)
f.write("unicode: é ☃\n")
f.close()
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
with open(path, "rb") as f:
    print(f.read())
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
open(path, "w").close()
with open(path) as f:
    print(repr(f.read()))
try:
    open("/tmp/atompy_no_such_dir/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
except OSError as e:
    print("OSError", type(e).__name__)
