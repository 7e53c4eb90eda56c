# Early returns, implicit None, returns from nested blocks and loops.
def f(x):
    if x == 0:
        return
    for i in range(10):
        while True:
            if i == x:
                return i * 100
            break
    return "none matched"
print(f(0), f(3), f(20))
def g():
    pass
print(g())
def h():
    return 1, 2
print(h(), type(h()).__name__)
def multi(n):
    try:
        if n:
            return "in try"
    except Exception:
        return "in except"
    else:
        return "in else"
print(multi(1), multi(0))
