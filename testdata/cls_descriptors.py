# User-defined descriptors: __get__/__set__ (data descriptors win over
# instance attributes), non-data descriptors, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int")
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__  # noqa
        setattr(obj, self.f.__name__, v)
        return v
class P:
    x = Typed()
    def __init__(self): self.x = 5
    @Lazy
    def big(self):
        print("computing")
        return 42
p = P()
print(p.x, P.x.name, isinstance(P.x, Typed))
p.x = 7; print(p.x, p._x)
try:
    p.x = "s"
except TypeError as e:
    print("TypeError", e)
print(p.big, p.big)
