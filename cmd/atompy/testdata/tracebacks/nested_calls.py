# Calls nested in a line mark only the failing call.
def inner(x):
    return int(x)


def middle(x):
    return [inner(x)] + [0]


def outer(x):
    y = str(middle(x)) + "!"
    return y


print(outer("3"))
result = len(outer("zz")) if True else 0
