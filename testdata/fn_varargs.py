# *args and **kwargs collection, forwarding and ordering.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, a=3, b=4))
def forward(*a, **k):
    return collect(*a, **k)
print(forward(5, x=6))
def mix(first, *rest, sep=", ", **opts):
    return first + sep.join(str(r) for r in rest) + str(sorted(opts))
print(mix("nums: ", 1, 2, 3))
print(mix("x", sep="-", z=1, a=2))
def count(*args):
    return len(args)
print(count(*range(100)), count(*"abc", *[1]))
def kwonly(**kw):
    return list(kw.items())
print(kwonly(z=1, a=2, m=3))
d = {"b": 1}
print(kwonly(**d, c=2))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
def pos_only(a, b, /, c=3, *, d=4):
    return a, b, c, d
print(pos_only(1, 2), pos_only(1, 2, 5, d=6))
def takes_a(a, **kw):
    return a, kw
print(takes_a(1, **{"b": 2}))
try:
    takes_a(1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
