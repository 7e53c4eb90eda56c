# Explicitly raised exceptions: without a name attribute there is no
# suggestion, subclasses never get one, but NameError(name=...) does.
class MyNameError(NameError):
    pass


def f():
    value = 1
    raise NameError("no such thing", name="valeu")


try:
    raise NameError("pritn")
except NameError:
    try:
        raise MyNameError("oops", name="pritn")
    except NameError:
        f()
