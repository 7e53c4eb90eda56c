# The "as" name is cleared after the handler; exceptions saved outlive it.
saved = []
try:
    raise ValueError("keep me")
except ValueError as err:
    saved.append(err)
print("err" in dir(), saved[0])
def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError"
print(f())
try:
    raise IndexError("i")
except IndexError as ex:
    ex2 = ex
print(type(ex2).__name__, ex2.args)
try:
    raise ValueError("info")
except ValueError as live:
    print(type(live).__name__, live, live.__traceback__ is not None)
