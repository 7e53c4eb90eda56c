# Function decorators: plain, parameterised, stacked, with state.
def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    wrapper.__name__ = f.__name__
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"), greet.__name__)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
def trace(f):
    def wrapper(*a):
        print("call", f.__name__, a)
        r = f(*a)
        print("ret", r)
        return r
    return wrapper
@trace
@shout
def word(w):
    return w * 2
word("ab")
calls = {}
def counted(f):
    def wrapper(*a):
        calls[f.__name__] = calls.get(f.__name__, 0) + 1
        return f(*a)
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), calls)
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def a(): pass
@register
def b(): pass
print(registry, a() is None)
@(lambda f: f)
def ident(): return "ident"
print(ident())
