# NameError and UnboundLocalError messages.
def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
def a():
    return not_defined_anywhere
def b():
    x = x + 1
def c():
    print(y)
    y = 2
def d():
    z = 1
    del z
    return z
def e():
    def inner():
        return free_var
    free_var = 1
    del free_var
    return inner()
show(a)
show(b)
show(c)
show(d)
show(e)
try:
    del never_bound
except NameError as err:
    print("NameError", err)
