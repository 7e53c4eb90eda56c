# itertools: count, cycle, repeat, islice, and the iterator protocol.
import itertools
from itertools import count, cycle, repeat, islice

c = count(3)
print(repr(c), next(c), next(c), repr(c))
print(iter(c) is c)
print(list(islice(count(), 5)))
print(list(islice(count(10, -3), 4)))
print(list(islice(count(1.5, 0.5), 4)))
c = count(2.5)
next(c)
print(repr(c), repr(count(1, 1.0)), repr(count(0, 2)), repr(count(2 ** 70)))
print(repr(count(start=2, step=3)))
for bad in [lambda: count('a'), lambda: count(1, 'x'), lambda: count(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

cy = cycle('abc')
print(iter(cy) is cy, [next(cy) for _ in range(7)])
print(list(cycle([])))
src = iter([1, 2])
cy = cycle(src)
print(next(cy), next(cy), next(cy), next(cy))
for bad in [lambda: cycle(), lambda: cycle(5), lambda: cycle([1], [2])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

r = repeat('x', 3)
print(repr(r), iter(r) is r, next(r), repr(r), list(r), repr(r))
print(list(repeat(7, 0)), list(repeat(7, -2)), repr(repeat(None, -5)))
r = repeat([1])
print(repr(r), [next(r) for _ in range(3)])
print(list(map(pow, range(5), repeat(2))))
print(repr(repeat(1, times=4)), list(repeat(object=2, times=2)))
for bad in [lambda: repeat(), lambda: repeat(1, 'a'), lambda: repeat(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

# islice: all argument forms, and exactly how much it consumes
print(list(islice('abcdefg', 3)))
print(list(islice('abcdefg', 2, 5)))
print(list(islice('abcdefg', 1, None, 2)))
print(list(islice('abcdefg', None)))
print(list(islice('abcdefg', None, None, 3)))
print(list(islice(range(100), 10, 20, 4)))
print(list(islice('ab', 5, 10)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2)), list(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))
s = islice(range(5), 1, 4)
print(iter(s) is s, next(s), list(s), list(s))
for bad in [lambda: islice([1]), lambda: islice(1, 2), lambda: islice([1], -1),
            lambda: islice([1], 'a'), lambda: islice([1], 1, -1), lambda: islice([1], -1, 2),
            lambda: islice([1], 1, 2, 0), lambda: islice([1], 0, 2, -1),
            lambda: islice([1], 1, 2, 3, 4)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(itertools.count.__name__, itertools.islice.__name__, type(count()).__name__)
