# Deeply nested generators and generator expressions chained through yield from.
def nest(depth):
    if depth == 0:
        yield from range(3)
    else:
        for v in nest(depth - 1):
            yield v + 1
print(list(nest(50)))
def chain(depth):
    if depth == 0:
        return (yield "bottom")
    r = yield from chain(depth - 1)
    return r + 1
g = chain(100)
print(next(g))
try:
    g.send(0)
except StopIteration as e:
    print("returned", e.value)
gen = (x for x in range(10))
for _ in range(30):
    gen = (x * 2 for x in gen)
print(list(gen)[:3])
def count():
    n = 0
    while True:
        n += 1
        yield n
c = count()
print([next(c) for _ in range(5)], sum(next(c) for _ in range(100)))
