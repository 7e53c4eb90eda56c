# __exit__ receives the exception and may replace or suppress it.
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise RuntimeError("replaced") from ev
        return False
try:
    with Replace():
        1 / 0
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
class Count:
    n = 0
    def __enter__(self):
        Count.n += 1
        return Count.n
    def __exit__(self, *exc):
        print("exit args", [a is None for a in exc])
        Count.n -= 1
with Count() as a:
    with Count() as b:
        print(a, b, Count.n)
print(Count.n)
class Bad:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with Bad():
        print("not run")
except ValueError as e:
    print(e)
