# An assert marks the comparison that failed, or nothing when its test is
# not a comparison.
x, y, items = 1, 2, []


def check(case):
    try:
        case()
    except AssertionError as e:
        return e


def first():
    assert x == 1 and y == 3


def second():
    assert not x, "x is set"


def third():
    assert (len(items) > 0 if x else y), f"{len(items)} items"


errors = [check(first), check(second), check(third)]
print([str(e) for e in errors])
assert x < y < 0, "out of order"
