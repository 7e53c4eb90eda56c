# __bool__ and __len__ in truth tests.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(5)))
print(bool(Both()))
if B(True):
    print("if uses __bool__")
print(not L(0))
print(B(False) or "fallback")
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
