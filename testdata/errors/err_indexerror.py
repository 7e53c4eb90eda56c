# IndexError from a list access in a function.
def third(xs):
    return xs[2]

print(third([1, 2, 3]))
print(third([1, 2]))
