# __slots__ in a subclass of a class whose instances have a __dict__: the
# subclass's instances keep the dict (and the other way round).
class P: pass
class Q(P):
    __slots__ = ('a',)
q = Q(); q.a = 1; q.z = 2
print(q.a, q.z, q.__dict__)
class R:
    __slots__ = ('a',)
r = R()
try:
    r.z = 1
except AttributeError as e: print(e)
class S(R):
    __slots__ = ('b',)
s = S()
try:
    s.z = 1
except AttributeError as e: print(e)
class T(R): pass
t = T(); t.z = 3; print(t.z, t.__dict__)
class U(R):
    __slots__ = ('__dict__',)
u = U(); u.z = 4; print(u.z)
