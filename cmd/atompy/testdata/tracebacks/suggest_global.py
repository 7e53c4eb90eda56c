# A misspelled global, read from a function: globals are searched after
# the function's locals.
counter = 0


def bump(step):
    total = step
    return countr + total


bump(1)
