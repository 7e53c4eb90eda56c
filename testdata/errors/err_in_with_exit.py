# __exit__ does not suppress; the with body's exception propagates after cleanup.
class Res:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, *exc):
        print("release", exc[0].__name__)
        return False

with Res():
    print("inside")
    raise TimeoutError("took too long")
