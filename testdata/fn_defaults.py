# Default values are evaluated once, at definition time.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2))
print(f(3, c=[]))
n = 10
def g(x=n):
    return x
n = 20
print(g())
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
print(f(4, 5)[1], g(0))
def k(a, *, b=5, c):
    return a + b + c
print(k(1, c=1), k(1, b=0, c=0), k(c=2, a=3))
