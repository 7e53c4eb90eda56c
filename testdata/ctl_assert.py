# assert statements, messages and AssertionError attributes.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is false"
except AssertionError as e:
    print("msg:", e)
try:
    x = 5
    assert x < 0, f"x={x} should be negative"
except AssertionError as e:
    print(e)
def lazy():
    print("message evaluated")
    return "m"
assert True, lazy()
try:
    assert False, lazy()
except AssertionError as e:
    print(e.args)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args[0])
