# raise ... from ..., implicit chaining, __cause__, __context__, __suppress_context__.
def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    chained()
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(type(e.__context__).__name__, e.__suppress_context__)
def implicit():
    try:
        [][0]
    except IndexError:
        raise KeyError("during")
try:
    implicit()
except KeyError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise OSError("io")
    except OSError:
        raise RuntimeError("rt") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
plain = ValueError("x")
print(plain.__cause__, plain.__context__, plain.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e.__cause__))
