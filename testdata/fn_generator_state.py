# Generator state: gi_running-free observation through behaviour, reuse, exhaustion.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
g = countdown(3)
print(list(g), list(g))
a = countdown(2)
b = countdown(2)
print(next(a), next(b), next(a), next(b))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
gf = gen_with_finally()
for v in gf:
    print("got", v)
    break
print("after break")
gf.close()
print("after close")
def raising():
    yield 1
    raise ValueError("inside gen")
r = raising()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
try:
    next(r)
except StopIteration:
    print("exhausted after exception")
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e)
