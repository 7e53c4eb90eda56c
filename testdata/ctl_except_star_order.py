# Handler selection order, tuple of types, base classes, re-raise into outer handlers.
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in [Leaf, Mid, Base, Exception]:
    try:
        raise cls("x")
    except Leaf:
        print(cls.__name__, "-> Leaf")
    except (KeyError, Mid):
        print(cls.__name__, "-> Mid")
    except Base:
        print(cls.__name__, "-> Base")
    except Exception:
        print(cls.__name__, "-> Exception")
types = (ValueError, TypeError)
try:
    len(5)
except types as e:
    print("dynamic tuple", type(e).__name__)
def inner():
    try:
        raise KeyError("deep")
    except ValueError:
        print("wrong")
def outer():
    try:
        inner()
    except KeyError as e:
        print("outer", repr(e))
outer()
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise TypeError(2)
except TypeError as e:
    print("from handler", e, type(e.__context__).__name__)
