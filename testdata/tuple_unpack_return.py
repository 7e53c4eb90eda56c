# Tuples as multiple return values and swap idioms.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 2, 9])
print(lo, hi)
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return n, mean, var
print(stats([1, 2, 3, 4]))
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys)
nested = ((1, (2, 3)), (4, (5, 6)))
for p, (q, r) in nested:
    print(p + q + r)
print(divmod(17, 5), tuple(divmod(-17, 5)))
