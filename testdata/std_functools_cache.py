# functools: lru_cache and cache.
import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(200), fib.cache_info())
print(fib(10), fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info(), fib(30), fib.cache_info())

@lru_cache
def square(x):
    "Return x squared."
    return x * x

print(square(3), square(3), square(4), square.cache_info())
print(square.__name__, square.__doc__, square.__wrapped__(5), square.__module__)
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (1, 2, 128, 2), tuple(info))
print(type(info).__name__, square.cache_parameters(), fib.cache_parameters())

calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10

for x in [1, 2, 1, 3, 2, 1, 1]:
    f(x)
print(calls, f.cache_info())

@lru_cache(maxsize=0)
def g(x):
    return -x
print(g(1), g(1), g.cache_info())

@lru_cache(maxsize=-5)
def h(x):
    return x
print(h(1), h.cache_info())

@lru_cache(typed=True)
def t(x):
    calls.append(('t', x))
    return repr(x)
calls.clear()
print(t(1), t(1.0), t(True), t(1), calls, t.cache_info())

@lru_cache()
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(1, 2, c=3), kw(1, 2), calls)
print(kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)

@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())

class Grid:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def cost(self, n):
        return self.k * n
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
a, b = Grid(2), Grid(3)
print(a.cost(5), b.cost(5), a.cost(5), Grid.cost.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print(type(e).__name__, e)

@lru_cache(maxsize=100)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=collatz), collatz.cache_info().currsize)

# recency order: hits refresh an entry, the least recently used one goes
seen = []
@lru_cache(maxsize=3)
def lru3(x):
    seen.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 6, 1, 2, 7, 7, 1]:
    lru3(x)
print(seen, lru3.cache_info())
lru3.cache_clear()
print([lru3(x) for x in (9, 8, 9)], lru3.cache_info())
