# super() in methods, classmethods, __init__ chains and with explicit arguments.
class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.b = 2
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()
class C(B):
    def f(self):
        return "C.f>" + super(C, self).f()
    def skip(self):
        return super(B, self).f()
c = C()
print(c.a, c.b, c.f(), c.skip())
print(C.make())
class Cooperative:
    def __init__(self, **kw):
        print("Cooperative rest", sorted(kw))
class WithX(Cooperative):
    def __init__(self, x=0, **kw):
        self.x = x
        super().__init__(**kw)
class WithY(Cooperative):
    def __init__(self, y=0, **kw):
        self.y = y
        super().__init__(**kw)
class XY(WithX, WithY):
    pass
o = XY(x=1, y=2, z=3)
print(o.x, o.y)
class Attr(A):
    def get(self):
        return super().f
print(Attr().get()())
