# property (getter/setter/deleter), staticmethod, classmethod.
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe(x):
        return f"static {x}"
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 2))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temp.describe(1), t.describe(2))
f = Temp.freezing()
print(type(f).__name__, f.celsius)
class Sub(Temp):
    pass
print(type(Sub.freezing()).__name__)
print(type(Temp.__dict__["describe"]).__name__, type(Temp.__dict__["freezing"]).__name__)
print(isinstance(Temp.celsius, property))
class Legacy:
    def _get(self):
        return "got"
    x = property(_get)
print(Legacy().x)
