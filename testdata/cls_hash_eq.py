# __hash__ and __eq__ for dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a},{self.b})"
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
class Const:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, Const)
print(len({Const(), Const()}), hash(Const()))
class IdHash:
    pass
x, y = IdHash(), IdHash()
print(len({x, y, x}), x in {x}, y in {x})
class HashOne:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.n == o.n
coll = {HashOne(i): i for i in range(5)}
print(len(coll), coll[HashOne(3)])
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0))
print({1: "a", 1.0: "b", True: "c"})
