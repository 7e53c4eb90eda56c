def f(a):
    b = a
    del b
    del a[0], a.x
    c = d = 1
    del (c, d)
    def g():
        return a
    del a
