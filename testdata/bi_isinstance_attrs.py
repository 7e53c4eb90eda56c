# isinstance/issubclass, getattr/setattr/hasattr/delattr, vars, dir.
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 10
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(A, type), issubclass(B, A), issubclass(A, (B, object)))
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError", e)
print(getattr(b, "x"), getattr(b, "cls_attr"), getattr(b, "nope", "dflt"), hasattr(b, "x"), hasattr(b, "nope"))
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError", e)
setattr(b, "y", 20)
print(b.y, vars(b))
delattr(b, "y")
print(vars(b), hasattr(b, "y"))
try:
    delattr(b, "zzz")
except AttributeError as e:
    print("AttributeError", e)
print("x" in dir(b), "cls_attr" in dir(b), "__init__" in dir(b), dir(b) == sorted(dir(b)))
print([n for n in dir(b) if not n.startswith("_")])
print(vars(A)["cls_attr"], "cls_attr" in vars(A))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"))
