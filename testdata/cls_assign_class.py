# Assigning __class__: the instance keeps its attributes and takes the new
# class's methods; incompatible layouts and non-classes raise TypeError.
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
class L(list): pass
class L2(list): pass
x = A(); x.p = 1; x.q = 2
x.__class__ = C
print(type(x).__name__, x.f(), x.p, x.q, x.__dict__, isinstance(x, A))
x.__class__ = B
print(type(x).__name__, x.f(), x.p, x.q, x.__class__ is B)
del x.p
x.__class__ = A
print(type(x).__name__, x.f(), x.__dict__)
s = S1(); s.a = 5; s.__class__ = S2; print(type(s).__name__, s.a)
l = L([1, 2]); l.__class__ = L2; print(type(l).__name__, l)
for obj, cls in [(x, 5), (5, A), (s, S3), (x, S1), (l, A), (x, int)]:
    try:
        obj.__class__ = cls
    except TypeError as e:
        print("TypeError:", e)
try:
    del x.__class__
except TypeError as e:
    print("TypeError:", e)
