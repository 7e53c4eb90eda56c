# yield from: delegation, return values, send/throw pass-through.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def tree(t):
    if isinstance(t, list):
        for s in t:
            yield from tree(s)
    else:
        yield t
print(list(tree([1, [2, [3, 4]], [[5]]])))
def thrower():
    try:
        yield "a"
    except ValueError:
        yield "handled in sub"
def deleg():
    yield from thrower()
    yield "after"
d = deleg()
print(next(d))
print(d.throw(ValueError))
print(next(d))
def ret_only():
    return 42
    yield
def get():
    v = yield from ret_only()
    yield v
print(list(get()))
