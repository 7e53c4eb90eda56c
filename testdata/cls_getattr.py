# __getattr__, __setattr__, __delattr__, getattr defaults.
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)
d = Dyn()
print(d.real)
print(d.x_hello)
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "nope", "default"), hasattr(d, "x_yes"))
class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 5
print(l.a)
del l.a
print(hasattr(l, "a"))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, n):
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
class Fallback:
    cls_level = "class"
    def __getattr__(self, n):
        return "fallback " + n
f = Fallback()
f.inst = "instance"
print(f.inst, f.cls_level, f.other, getattr(f, "x", "unused default"))
