# os.path string functions (posixpath) and import forms.
import os.path
import os
from os.path import join, basename

print(os.path is os.path, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep)
print(join is os.path.join, basename("/x/y"))

for parts in [("a", "b", "c"), ("/a", "b"), ("a/", "b/"), ("a", "/abs", "c"), ("",), ("", "x"), ("a", ""),
              ("a//", "b"), ("/",)]:
    print(parts, repr(os.path.join(*parts)))

for p in ["/usr/lib/python3.11", "/usr/lib/", "file.txt", "/", "//", "///a", "a/b/", "", "dir/.hidden",
          "../x/..", "a//b//c"]:
    print(repr(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.split(p),
          os.path.splitext(p), os.path.isabs(p))

for p in ["archive.tar.gz", ".bashrc", "..double", "a/..b.c", "noext", "trail.", "dir.d/file", "x/.y.z"]:
    print(p, os.path.splitext(p))

for p in ["", ".", "/..", "a/./b", "a/../../b", "//a//b/", "///a", "/a/b/../../..", "a/b/c/../..", "./"]:
    print(repr(p), repr(os.path.normpath(p)))

cwd = os.getcwd()
print(os.path.abspath("sub/../f.txt") == os.path.join(cwd, "f.txt"))
print(os.path.abspath("/x/./y/"), os.path.abspath(""), os.path.abspath("") == cwd)

print(os.path.join(b"a", b"b"), os.path.basename(b"/x/y.z"), os.path.splitext(b"q.r"), os.path.split(b"a/b"))

class P:
    def __init__(self, s):
        self.s = s
    def __fspath__(self):
        return self.s

print(os.path.join(P("base"), "leaf"), os.path.basename(P("/a/b")), os.fspath(P("z")), os.fspath("s"))

for bad in [lambda: os.path.join(1), lambda: os.path.join("a", 1), lambda: os.path.basename(None),
            lambda: os.path.join("a", b"b"), lambda: os.path.splitext(3), lambda: os.fspath(1.5),
            lambda: os.path.split([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
