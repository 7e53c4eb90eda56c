# itertools: groupby's shared state between groups, tee, islice consumption,
# and exhaustive combinatorics shapes.
from itertools import groupby
data = 'aaabbbcccaab'
gb = groupby(data)
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), next(g2))
k3, g3 = next(gb)
print(k3, list(g2), list(g3), list(g3))
print([(k, list(g)) for k, g in gb])
calls = []
def key(x):
    calls.append(x)
    return x // 2
gb = groupby(range(7), key)
out = []
for k, g in gb:
    out.append((k, next(g)))
print(out, calls)
gb = groupby([1, 1, 2])
k, g = next(gb)
print(list(g), next(gb, None)[0], next(gb, 'end'))
it = iter([1, 1, 2, 2, 3])
gb = groupby(it)
k, g = next(gb)
print(next(g), next(it), list(g), list(gb)[0][0])

from itertools import tee, islice, permutations, combinations, combinations_with_replacement, product
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(b), list(c), list(a), list(b))
src = iter(range(6))
a, b = tee(src)
print(list(islice(a, 3)), next(src), list(b), list(a))
for args in [(3,), (0, 9, 2), (2, 9, 3), (5, 3), (0, 0), (1, None, 4), (0, None), (4, 5)]:
    it = iter(range(10))
    print(args, list(islice(it, *args)), next(it, 'end'))
h = 0
for n in range(6):
    for r in range(n + 2):
        counts = []
        for f in (permutations, combinations, combinations_with_replacement):
            items = list(f(range(n), r))
            counts.append(len(items))
            h = (h * 31 + hash(tuple(items))) % 1000000007
        items = list(product(range(n), range(r), repeat=2))
        counts.append(len(items))
        h = (h * 31 + hash(tuple(items))) % 1000000007
        print(n, r, counts)
print(h)
