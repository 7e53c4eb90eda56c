# AttributeError and TypeError messages for objects, classes and calls.
class C:
    __slots__ = ("a",)
    def m(self, x):
        return x
def show(f):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
c = C()
show(lambda: c.b)
show(lambda: c.a)
show(lambda: C.zz)
show(lambda: setattr(c, "zz", 1))
show(lambda: c.m())
show(lambda: c.m(1, 2))
show(lambda: c.m(x=1, y=2))
show(lambda: C.m(1))
show(lambda: len(c))
show(lambda: c[0])
show(lambda: iter(c))
show(lambda: c + 1)
show(lambda: c < c)
show(lambda: hash([]))
show(lambda: "a".foo)
show(lambda: [].bar)
show(lambda: int("1", "2"))
show(lambda: isinstance(1, "int"))
