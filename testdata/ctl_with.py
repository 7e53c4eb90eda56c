# with statements: one and several items, exceptions, suppression, return.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
print("after suppression")
try:
    with CM("c"), CM("d", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break
with CM("s", suppress=True) as v:
    1 / 0
print("v is", v)
class T:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with T() as (p, q):
    print(p, q)
