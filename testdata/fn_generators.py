# Generators: laziness, state, return value, StopIteration.
def gen(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
    return "ret"
g = gen(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()))
def squares(xs):
    for x in xs:
        if x < 0:
            return
        yield x * x
print(list(squares([1, 2, -1, 3])))
g2 = gen(0)
print(iter(g2) is g2, type(g2).__name__)
print(sum(x for x in fib() if x > 1000) if False else sorted(x % 5 for x in range(7)))
def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(fib(), 5)))
