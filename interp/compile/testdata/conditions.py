def f(a, b, c):
    if a and b:
        return 1
    elif a or b:
        return 2
    elif not (a and not b):
        return 3
    if a is None:
        return 4
    if b is not None or c:
        return 5
    if 1 < a < 3 < b:
        return 6
    return a if b else c
