def plain(a, b):
    "docstring"
    return a + b

def defaults(a, b=1, *, c, d=2):
    pass

def star(*args, **kwargs):
    return args, kwargs

def posonly(a, b, /, c, *, d):
    return a

def empty():
    return

f = lambda: 0
g = lambda x, y=2, *z, **w: (x, y, z, w)
