# Bare raise re-raises the exception being handled.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got", e)
def nested_reraise():
    try:
        raise KeyError("k1")
    except KeyError:
        try:
            raise IndexError("i1")
        except IndexError:
            pass
        raise
try:
    nested_reraise()
except Exception as e:
    print("after inner handler:", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def re_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            print("finally runs before propagation")
    except ValueError as e:
        print("caught", e)
re_in_finally()
err = None
try:
    raise ValueError("saved")
except ValueError as e:
    err = e
try:
    raise err
except ValueError as e2:
    print(e2 is err)
