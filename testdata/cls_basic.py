# Classes: __init__, methods, instance and class attributes, bound methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, isinstance(q, Point))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2(q))
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 5
print(q.dims, p.dims)
print(sorted(k for k in vars(p)))
print(p.__dict__ == {"x": 3, "y": 4, "dims": 3})
print(Point.__name__, type(Point).__name__, type(p) is Point)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__bases__[0].__name__)
