# __iter__ / __next__: iterators, iterables, StopIteration, for loops and builtins.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
for v in c:
    print("v", v)
print(list(c))
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        i = self.a
        while i < self.b:
            yield i
            i += 1
r = Range2(2, 6)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print(dict(zip(Range2(0, 3), Countdown(3))))
a, b, *rest = Range2(0, 5)
print(a, b, rest)
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
print(3 in Countdown(5), 7 in Countdown(5))
print([x * 2 for x in Countdown(3)])
print(tuple(enumerate(Range2(5, 7))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
