# __repr__ and __str__, and where each is used.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Nested({self.items!r})"
print(Nested([1, "a", Nested([])]))
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "xyz"), f"{Fmt():>10}", "{:abc}".format(Fmt()))
