# collections.namedtuple: fields, defaults, rename, methods, errors.
from collections import namedtuple


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p))
print(Point(y=5, x=4), Point(3, y=4))
print(Point._fields, Point.__name__, Point.__doc__, Point.__module__)
print(p._asdict(), p._replace(y=9), Point._make([7, 8]), Point._make(iter("ab")))
print(p == (1, 2), p == Point(1, 2), p < Point(1, 3), isinstance(p, tuple), type(p) is Point)
x, y = p
print(x + y, p + (3,), p * 2, sum(p), max(p), p.count(1), p.index(2))
print({p: "found"}[Point(1, 2)], sorted([Point(2, 1), Point(1, 5)]))

Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Spaced = namedtuple("Spaced", "a, b,c")
print(Spaced(1, 2, 3), Spaced._fields)
Renamed = namedtuple("Renamed", "abc def abc _x 1y", rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
Mod = namedtuple("Mod", "a", module="mymod")
print(Mod.__module__, Mod(1))

show("missing one", lambda: Point(1))
show("missing two", lambda: Point())
show("missing three", lambda: Color())
show("too many", lambda: Point(1, 2, 3))
show("too many dflt", lambda: Color(1, 2, 3, 4))
show("one field", lambda: namedtuple("R", "a")(1, 2))
show("unexpected kw", lambda: Point(1, z=3))
show("multiple", lambda: Point(1, x=3))
show("kw missing", lambda: Point(y=1))
show("set attr", lambda: setattr(p, "x", 5))
show("del attr", lambda: delattr(p, "x"))
show("new attr", lambda: setattr(p, "z", 5))
show("replace bad", lambda: p._replace(z=1))
show("make short", lambda: Point._make([1]))
show("bad type name", lambda: namedtuple("1a", "x"))
show("bad field", lambda: namedtuple("P", "x 1y"))
show("underscore", lambda: namedtuple("P", "x _y"))
show("duplicate", lambda: namedtuple("P", "x x"))
show("keyword", lambda: namedtuple("P", "class y"))
show("keyword type", lambda: namedtuple("def", "x"))
show("defaults", lambda: namedtuple("P", "a", defaults=[1, 2]))


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, type(v).__name__, Vector._fields)
