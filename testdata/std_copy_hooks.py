# copy hooks: __copy__, __deepcopy__, __getstate__/__setstate__, __reduce__.
import copy

class Custom:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("  __copy__")
        return Custom(self.data + ["shallow"])
    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ["deep"])

c = Custom([1])
print(copy.copy(c).data, copy.deepcopy(c).data, c.data)
holder = [c, c]
dh = copy.deepcopy(holder)
print(dh[0] is dh[1], dh[0].data)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "expensive"
    def __getstate__(self):
        print("  getstate")
        st = dict(vars(self))
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("  setstate", sorted(st))
        self.__dict__.update(st) if False else None
        for k, v in st.items():
            setattr(self, k, v)
        self.cache = "rebuilt"

s = Stateful()
s2 = copy.deepcopy(s)
print(s2.a, s2.cache)

class Reduced:
    def __init__(self, a, b):
        print("  init", a, b)
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))

r = Reduced(1, [2])
r2 = copy.deepcopy(r)
r3 = copy.copy(r)
print(r2.b, r2.b is r.b, r3.b is r.b)

class WithNewArgs:
    def __new__(cls, n):
        print("  new", n)
        self = super().__new__(cls)
        self.n = n
        return self
    def __getnewargs__(self):
        return (self.n,)

w = WithNewArgs(3)
w.extra = [1]
w2 = copy.deepcopy(w)
print(w2.n, w2.extra, w2.extra is w.extra)

def fail():
    pass

gen = (i for i in range(3))
for x in [gen]:
    try:
        copy.deepcopy(x)
    except TypeError as e:
        print("TypeError", e)
    try:
        copy.copy(x)
    except TypeError as e:
        print("TypeError", e)
print(copy.deepcopy(fail) is fail, copy.copy(Custom) is Custom)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

try:
    raise ValueError("bad", 3)
except ValueError as e:
    e2 = copy.copy(e)
    e3 = copy.deepcopy(e)
    print(type(e2).__name__, e2.args, e3.args, e2 is e)

class Meth:
    def __init__(self):
        self.items = [1]
    def get(self):
        return self.items

m = Meth()
bm = copy.deepcopy(m.get)
print(bm(), bm() is m.items, bm.__self__ is m)
