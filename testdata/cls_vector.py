# A small value class combining several protocols.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * b, abs(b))
print(a == Vec(1, 2), a != b, len({a, Vec(1, 2), b}))
x, y = b
print(x, y, list(a), b[0], b[-1])
print(bool(Vec(0, 0)), bool(a))
print(sorted([b, a], key=abs))
