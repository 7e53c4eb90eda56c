# args, str(), repr() of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(5), KeyError("k"), KeyError(), KeyError(1, 2),
          IndexError("i"), Exception(None), RuntimeError(""), StopIteration(7), SystemExit(3), OSError(2, "No such file")]:
    print(type(e).__name__, "args=" + repr(e.args), "str=" + repr(str(e)), "repr=" + repr(e))
class MyError(Exception):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
print(repr(MyError("x")), str(MyError("x", "y")))
print(str(WithStr("ignored")), repr(WithStr("kept in repr")))
w = WithInit(404, "not found")
print(w.code, w.args, str(w), repr(w))
e = ValueError("mutable")
e.args = ("changed",)
print(e, e.args)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(KeyError("quoted").__str__(), str(KeyError("k", "v")))
