# __slots__ restricts instance attributes.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"))
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class R(P):
    pass
r = R(5, 6)
r.extra = "has dict"
print(r.extra, hasattr(r, "__dict__"))
e = P.__new__(P)
try:
    print(e.x)
except AttributeError as err:
    print("AttributeError", err)
del p.y
print(hasattr(p, "y"))
print(P.__slots__)
