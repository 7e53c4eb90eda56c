# os: files and directories (listdir, mkdir, rmdir, remove, unlink, getsize, exists/isfile/isdir).
import os

base = "/tmp/atompy_std_os_files_%d" % os.getpid()
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
print(os.listdir(base))

names = ["b.txt", "a.txt", "c.dat"]
for i, n in enumerate(names):
    with open(os.path.join(base, n), "w") as f:
        f.write("x" * (i * 10 + 3))
os.mkdir(os.path.join(base, "sub"), 0o755)
print(sorted(os.listdir(base)))
for n in sorted(os.listdir(base)):
    p = os.path.join(base, n)
    print(n, os.path.isfile(p), os.path.isdir(p), os.path.getsize(p) if os.path.isfile(p) else "-")

print(os.path.exists(os.path.join(base, "nope")), os.path.isfile(os.path.join(base, "nope")),
      os.path.isdir(os.path.join(base, "nope")), os.path.exists(""), os.path.exists("a\0b"))

def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "ok", r)
    except OSError as e:
        print(label, type(e).__name__, e.errno, str(e).replace(base, "BASE"))

attempt("mkdir again", os.mkdir, base)
attempt("rmdir nonempty", os.rmdir, base)
attempt("remove dir", os.remove, os.path.join(base, "sub"))
attempt("rmdir file", os.rmdir, os.path.join(base, "a.txt"))
attempt("remove missing", os.remove, os.path.join(base, "missing"))
attempt("unlink missing", os.unlink, os.path.join(base, "missing"))
attempt("listdir missing", os.listdir, os.path.join(base, "missing"))
attempt("listdir file", os.listdir, os.path.join(base, "a.txt"))
attempt("getsize missing", os.path.getsize, os.path.join(base, "missing"))
attempt("mkdir nested", os.mkdir, os.path.join(base, "x", "y"))

os.rename(os.path.join(base, "c.dat"), os.path.join(base, "d.dat"))
print(sorted(os.listdir(base)))
try:
    os.rename(os.path.join(base, "c.dat"), os.path.join(base, "e"))
except FileNotFoundError as e:
    print("rename missing", str(e).replace(base, "BASE"))

os.remove(os.path.join(base, "a.txt"))
os.unlink(os.path.join(base, "b.txt"))
os.unlink(os.path.join(base, "d.dat"))
os.rmdir(os.path.join(base, "sub"))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))

old = os.getcwd()
print(type(old).__name__, os.path.isabs(old), os.path.isdir(old), old == os.path.abspath("."))
print(type(os.listdir()).__name__, sorted(os.listdir(".")) == sorted(os.listdir(None)))
print(sorted(os.listdir(b"/tmp"))[:0], type(os.listdir(b"/")[0]).__name__)

for bad in [lambda: os.listdir(1.5), lambda: os.remove(1), lambda: os.mkdir(None), lambda: os.rmdir([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
