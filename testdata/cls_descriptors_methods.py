# Method binding details: functions in class dict, instance overrides, bound method equality.
class A:
    def m(self):
        return "m"
a = A()
bm = a.m
print(bm(), bm == a.m, A.m(a))
a.m = lambda: "instance override"
print(a.m())
del a.m
print(a.m())
def outside(self):
    return "outside " + type(self).__name__
A.o = outside
print(a.o())
print(type(A.__dict__["m"]).__name__, type(a.o).__name__)
class WithStatic:
    f = staticmethod(len)
print(WithStatic.f("abc"), WithStatic().f([1]))
ms = [a.m, A().m]
print([m() for m in ms])
