# type() with one and three arguments, dynamic class creation.
print(type(1), type("s"), type([]), type(None))
print(type(type), type(object), type(int).__name__)
def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"__init__": init, "double": lambda self: self.v * 2, "k": 1})
d = Dyn(21)
print(Dyn.__name__, d.double(), d.k, isinstance(d, Dyn))
Child = type("Child", (Dyn,), {"k": 2})
print(Child(1).double(), Child.k, [c.__name__ for c in Child.__mro__])
class A:
    pass
print(A.__name__, A.__qualname__, A.__module__)
print(type(A()) is A, type(A) is type)
print(isinstance(A, type), isinstance(int, type), isinstance(3, type))
Empty = type("Empty", (), {})
print(Empty.__bases__ == (object,))
