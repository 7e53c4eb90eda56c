# Catching by base class and tuples; order of except clauses.
def raise_it(cls):
    try:
        raise cls("boom")
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except (TypeError, AttributeError) as e:
        return "tuple<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
for cls in [KeyError, IndexError, ZeroDivisionError, OverflowError, TypeError, AttributeError, ValueError, RuntimeError, RecursionError]:
    print(raise_it(cls))
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer handler", e)
class AppError(Exception): pass
class DbError(AppError): pass
try:
    raise DbError("db down")
except AppError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
