# NameError for a name that is nowhere defined.
def f():
    return undefined_thing_xyz * 2

print("calling")
f()
