# Generator send, throw and close.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("bad")))
print(next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print("closed twice ok")
def gen_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
ge = gen_exit()
next(ge)
ge.close()
fresh = acc()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError", e)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
