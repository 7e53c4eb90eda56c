# array: range checks and error messages.
from array import array as A

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for code, vals in [("b", [128, -129, 127, -128]), ("B", [256, -1, 255]), ("h", [40000, -40000]),
                   ("H", [70000, -1]), ("i", [2 ** 31, -2 ** 31 - 1, 2 ** 40, -2 ** 70]),
                   ("I", [-1, 2 ** 32, 2 ** 64, -2 ** 70, 2 ** 32 - 1]), ("l", [2 ** 63, -2 ** 63 - 1, 2 ** 64]),
                   ("L", [-1, 2 ** 64, 2 ** 64 - 1]), ("q", [2 ** 63, -2 ** 63 - 1]), ("Q", [-1, 2 ** 64]),
                   ("b", [2 ** 70])]:
    for v in vals:
        attempt("%s %d" % (code, v), lambda: A(code, [v]))

attempt("float in int", lambda: A("i", [1.5]))
attempt("str in float", lambda: A("f", ["x"]))
attempt("str in int", lambda: A("i", ["x"]))
attempt("none append", lambda: A("b").append(None))
attempt("huge float", lambda: A("d", [10 ** 400]))
attempt("bad code", lambda: A("z"))
attempt("long code", lambda: A("ii"))
attempt("int code", lambda: A(1))
attempt("no args", lambda: A())
attempt("3 args", lambda: A("b", [1], 5))
attempt("kwargs", lambda: A(typecode="i"))
attempt("int init", lambda: A("i", 5))
attempt("str init", lambda: A("b", "ab"))
attempt("unicode init", lambda: A("i", A("u", "a")))
attempt("u item", lambda: A("u", ["ab"]))
attempt("u int", lambda: A("u", [1]))
attempt("bytes len", lambda: A("i", b"abc"))
attempt("index", lambda: A("i", [1])[5])
attempt("neg index", lambda: A("i", [1])[-2])
attempt("str index", lambda: A("i", [1])["a"])
attempt("pop range", lambda: A("i", [1]).pop(3))
attempt("pop empty", lambda: A("i").pop())
attempt("pop str", lambda: A("i", [1]).pop("a"))
attempt("remove", lambda: A("i", [1]).remove(5))
attempt("index missing", lambda: A("i", [1, 2, 3]).index(2, 2))
attempt("index none", lambda: A("i", [1]).index())
attempt("extend float", lambda: A("i", [1]).extend([1.5]))
attempt("extend kind", lambda: A("i", [1]).extend(A("d")))
attempt("extend str", lambda: A("d", [1]).extend("ab"))
attempt("frombytes str", lambda: A("i", [1]).frombytes("x"))
attempt("frombytes len", lambda: A("i", [1]).frombytes(b"abc"))
attempt("fromlist tuple", lambda: A("i").fromlist((1,)))
attempt("tounicode", lambda: A("i").tounicode())
attempt("fromunicode", lambda: A("i").fromunicode("a"))
attempt("fromunicode int", lambda: A("u", "ab").fromunicode(1))
attempt("hash", lambda: hash(A("i")))

a = A("i", [1, 2, 3])
def setitem(k, v):
    a[k] = v
def delitem(k):
    del a[k]
attempt("set range", lambda: setitem(5, 1))
attempt("set big", lambda: setitem(0, 2 ** 40))
attempt("set str", lambda: setitem(0, "x"))
attempt("del range", lambda: delitem(5))
attempt("set slice list", lambda: setitem(slice(0, 2), [1]))
attempt("set slice kind", lambda: setitem(slice(0, 2), A("d", [1])))
attempt("set ext slice", lambda: setitem(slice(0, 3, 2), A("i", [1])))
attempt("set str key", lambda: setitem("k", 1))
print(a)

b = A("I", [3])
attempt("unsigned neg", lambda: b.__setitem__(0, -3))
c = A("b", [1, 2])
attempt("fromlist partial", lambda: c.fromlist([3, 400]))
print(c)
attempt("extend partial", lambda: c.extend([3, 400]))
print(c)
