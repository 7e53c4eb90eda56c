def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

def shadow(x):
    def inner():
        x = 2
        return x
    return inner() + x
