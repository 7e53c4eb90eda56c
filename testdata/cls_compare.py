# Rich comparisons, reflection, NotImplemented, and sorting user objects.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"V({self.v})"
a, b = V(1), V(2)
print(a == V(1), a != b)
print(a < b, b > a, a <= a, b >= a)
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9)), min([V(4), V(0)]))
class Only:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return NotImplemented
try:
    Only(1) < Only(2)
except TypeError as e:
    print("TypeError", e)
print(a == 5, 5 == a)
class Lefty:
    def __lt__(self, o):
        return "lefty-lt"
class Righty:
    def __gt__(self, o):
        return "righty-gt"
print(Lefty() < Righty(), Righty() > Lefty(), 1 < Righty() if False else Righty() > 1)
class Parent:
    def __eq__(self, o):
        return "parent"
class Child(Parent):
    def __eq__(self, o):
        return "child"
print(Parent() == Child(), Child() == Parent())
x = object()
print(x == x, x != x, x == object())
