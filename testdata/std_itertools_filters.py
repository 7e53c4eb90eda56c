# itertools: chain, accumulate, groupby, zip_longest, starmap, takewhile,
# dropwhile, tee, compress, filterfalse, pairwise.
import operator
from itertools import (chain, accumulate, groupby, zip_longest, starmap, takewhile,
                       dropwhile, tee, compress, filterfalse, pairwise, count)

print(list(chain('ab', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(list(chain.from_iterable(x * 'z' for x in range(4))))
ch = chain([1], [2])
print(iter(ch) is ch, next(ch), next(ch), next(ch, 'end'))
bad = chain([1], 5)
print(next(bad))
for f in [lambda: next(bad), lambda: chain(a=1), lambda: chain.from_iterable(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([[1], [2]], func=operator.add)))
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print(type(e).__name__, e)

for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'cherry', 'cranberry'], lambda s: s[0])])
gb = groupby('aabbc')
print(iter(gb) is gb, type(gb).__name__)
groups = [(k, g) for k, g in groupby('aabbc')]
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabb')
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g), list(g2))
print(list(groupby([])))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest()), list(zip_longest('ab')))
try:
    zip_longest([1], fill=2)
except TypeError as e:
    print(type(e).__name__, e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], 'ab'])))
try:
    next(starmap(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 2])))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))

a, b = tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
t = tee('abc', 3)
print(len(t), [''.join(x) for x in t], tee([1], 0))
a, b = tee(count())
print([next(a) for _ in range(3)], [next(b) for _ in range(5)], next(a))
for f in [lambda: tee(1), lambda: tee([1], -1), lambda: tee([1], 'a')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [0, 1])))
print(list(compress(data=range(6), selectors=[True, False] * 3)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
for f in [lambda: compress([1]), lambda: compress(1, [1]), lambda: pairwise(),
          lambda: filterfalse(None, 1), lambda: starmap(len), lambda: takewhile(len, 1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
