# __new__: singletons, immutable subclasses, __init__ skipped for foreign instances.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a, b = Single(), Single()
print(a is b)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-5)
print(p, p + 1, isinstance(p, int), type(p).__name__)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Up(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Up("hi")
print(u, len(u), u + "!", type(u).__name__)
class Tracker:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return object.__new__(cls)
    def __init__(self, *args):
        print("init", args)
class Sub(Tracker):
    pass
Sub(1, 2)
