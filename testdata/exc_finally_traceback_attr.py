# __traceback__ existence, with_traceback, exceptions in __exit__ and finally replacing others.
try:
    raise ValueError("tb")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__ is None)
def replaced():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    replaced()
except ValueError as e:
    print("got", e, "context", repr(e.__context__))
def nested_context():
    try:
        try:
            raise IndexError("a")
        except IndexError:
            raise KeyError("b")
    except KeyError:
        raise TypeError("c")
try:
    nested_context()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
