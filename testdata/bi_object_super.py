# object(), super with arguments, type(x).__name__, __class__.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super(B, self).who()
print(B().who(), B().__class__.__name__, B.__class__.__name__)
sup = super(B, B())
print(sup.who())
print(object.__name__, object.__bases__, len(object.__mro__), issubclass(type, object))
print(str(o).startswith("<object object at "), repr(A).startswith("<class '"))
