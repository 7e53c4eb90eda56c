# Several operators on one line; the outermost failing one is marked.
def f(a, b, c):
    return a * b + c


def g(a, b):
    return a << b | a & b


def h(a, b):
    return -a % b


print(f(1, 2, 3), g(1, 2), h(3, 2))
for args in [(1, 2, "x"), (1, "y", 3)]:
    try:
        f(*args)
    except TypeError as e:
        print("caught", e)
try:
    g(1, -1)
except ValueError as e:
    print("caught", e)
print(h(None, 2))
