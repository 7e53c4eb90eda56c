def f(path):
    with open(path) as fh:
        return fh.read()

def g(a, b):
    with a as x, b as (y, z):
        pass
    with lock:
        for i in range(3):
            if i:
                break
            continue
