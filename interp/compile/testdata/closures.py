def outer(a, b=2, *args, c, d=4, **kw):
    x = 1
    def inner(y):
        nonlocal x
        x += y
        return a + x
    class K:
        z = x
        def m(self):
            return super().m() + b
    return inner, K, lambda q: q + a

class C(Base, metaclass=M):
    "doc"
    v = [i for i in range(3)]
    def f(self):
        return __class__

@dec
def deco(): pass

g = (i * i for i in range(10) if i % 2)
d = {k: v for k, v in items}
s = {*a, 1, *b}
t = (*a, 2)
m = {'a': 1, **other, 'b': 2}
if (n := len(a)) > 10:
    print(n)
