# StopIteration details and RecursionError from deep recursion (caught).
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth()
print(d > 500, d < 100000)
print("still works", sum(range(10)))
