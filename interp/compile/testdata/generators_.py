def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield
    return n

def delegate(g):
    r = yield from g
    return r

def gen_try():
    try:
        yield 1
    finally:
        print("closed")
