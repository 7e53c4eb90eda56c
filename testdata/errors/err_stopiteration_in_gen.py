# StopIteration leaking out of a generator becomes RuntimeError (chained).
def first_items(iters):
    for it in iters:
        yield next(it)

print(list(first_items([iter([1]), iter([2])])))
print(list(first_items([iter([1]), iter([])])))
