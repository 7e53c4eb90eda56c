# Globals and built-ins rebound through globals(), the module object, setattr
# and del inside one loop: every LOAD_GLOBAL sees the latest binding.
import sys
x = 1
def f():
    out = []
    for i in range(5):
        out.append(x)
        globals()['x'] = x + 1
        out.append(x)
        sys.modules[__name__].x = x * 10
        out.append(x)
        setattr(sys.modules[__name__], 'x', x - 3)
        out.append(x)
        global len
        len = lambda s: -1
        out.append(len([1]))
        del len
        out.append(len([1]))
    return out
print(f())
def g():
    global x
    del x
    try:
        return x
    except NameError as e:
        return str(e)
print(g())
vars(sys.modules[__name__])['y'] = 5
def h():
    return [y for _ in range(3)]
print(h())
