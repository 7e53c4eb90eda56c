# Calls with *args, **kwargs, positional-only and keyword-only parameters.
def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, z=9))
print(f(*[1, 2], **{"d": 7, "e": 8, "x": 0}))
print(f(1, *(2, 3), *[4], d=1, **{"y": 2}, **{"z": 3}))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=10))
try:
    g(1, y=2, z=3)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, d=1, a=5)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3, **{"d": 1}, **{"d": 2})
except TypeError as e:
    print("TypeError", e)
def h(*, only):
    return only
print(h(only="kw"))
try:
    h(1)
except TypeError as e:
    print("TypeError", e)
print(print, end="") if False else None
args = (1, 2)
kwargs = {"sep": "|", "end": "!\n"}
print(*args, 3, **kwargs)
print(max(*[3, 9, 2]), min(4, *[5, 1]))
