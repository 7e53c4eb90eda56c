# Exception raised while executing a class body.
print("defining")
class Broken:
    ok = 1
    bad = ok / 0
