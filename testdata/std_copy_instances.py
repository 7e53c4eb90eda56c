# copy of user instances: __dict__, __slots__, subclasses of built-ins.
import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)

p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("moved")
p.x = 10
print(p, q, r)
print(type(q) is Point, q.tags is p.tags, r.tags is p.tags)
print(sorted(vars(r)))

class Guarded:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("  setattr", name)
        object.__setattr__(self, name, value)

g = Guarded()
g2 = copy.copy(g)
print(g2.a, type(g2).__name__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

class MoreSlots(Slotted):
    __slots__ = ["c"]

s = MoreSlots([1])
s.c = {"k": 1}
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, s3.c, hasattr(s3, "b"))

class Counted:
    made = 0
    def __new__(cls, *args):
        Counted.made += 1
        return super().__new__(cls)
    def __init__(self, v):
        print("  init", v)
        self.v = v

c = Counted(5)
c2 = copy.deepcopy(c)
print(c2.v, Counted.made)

class MyList(list):
    pass

ml = MyList([1, [2]])
ml.note = "hi"
cml = copy.copy(ml)
dml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.note, cml[1] is ml[1], dml[1] is ml[1], dml.note)

class MyDict(dict):
    pass

md = MyDict(a=[1])
dmd = copy.deepcopy(md)
print(type(dmd).__name__, dmd, dmd["a"] is md["a"])

class MyInt(int):
    pass

mi = MyInt(7)
mi.unit = "cm"
ci = copy.copy(mi)
print(type(ci).__name__, ci, ci.unit, ci + 1)

class MyTuple(tuple):
    pass

mt = MyTuple([1, [2]])
dmt = copy.deepcopy(mt)
print(type(dmt).__name__, dmt, dmt[1] is mt[1])

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is n1, m1.next is n2)
