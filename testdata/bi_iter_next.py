# iter (including sentinel form), next with default, iterator exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
s = iter("xy")
print(type(s).__name__, next(s), list(s))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
r = iter(range(3))
print(type(r).__name__, list(r))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
print(list(iter((x for x in "gen"))))
