# Subclassing built-in types: list, dict, int, str, Exception.
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class Default(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = Default(a=1)
print(d["a"], d["b"], "b" in d, len(d))
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(repr(m), m * 2, type(m * 2).__name__)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(e, e.code, e.args, isinstance(e, Exception))
class Loud(str):
    def shout(self):
        return self.upper() + "!"
print(Loud("hey").shout(), Loud("a") + "b", Loud("x") == "x")
class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counted()
c["x"] = 1
print(c)
