# functools: wraps, update_wrapper, cmp_to_key, total_ordering.
import functools
from functools import wraps, update_wrapper, cmp_to_key, total_ordering

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two things."
    return a + b

add.__dict__  # noqa
print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__(3, 4), add.__wrapped__.__name__)

class Box:
    @logged
    def size(self):
        "The size."
        return 3
print(Box().size(), Box.size.__qualname__, Box.size.__name__)

def source():
    "source doc"
source.tag = 'T'
source.count = 3
def target():
    pass
r = update_wrapper(target, source)
print(r is target, target.__name__, target.__doc__, target.tag, target.count, target.__wrapped__ is source)
def target2():
    pass
update_wrapper(target2, source, assigned=('__doc__',), updated=())
print(target2.__name__, target2.__doc__, hasattr(target2, 'tag'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class CallableObj:
    def __call__(self):
        return 'called'
obj = CallableObj()
update_wrapper(obj, source)
print(obj.__name__, obj.__doc__, obj.tag, obj())

def numeric_cmp(a, b):
    return (a > b) - (a < b)
def reverse_len(a, b):
    return len(b) - len(a)
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric_cmp)))
print(sorted(['aa', 'b', 'cccc', 'ddd'], key=cmp_to_key(reverse_len)))
k = cmp_to_key(numeric_cmp)
print(k(1) < k(2), k(2) <= k(2), k(3) > k(2), k(1) >= k(2), k(4) == k(4), k(4) != k(4), k(7).obj)
print(min([3, 1, 2], key=k), max('hello', key=k))
try:
    k(1) < 3
except TypeError as e:
    print(type(e).__name__, e)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b > a, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), Version.__gt__.__name__)

@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __ge__(self, o):
        return self.n >= o.n
x, y = Rank(1), Rank(2)
print(x < y, x <= y, x > y, x >= y, y <= y, Rank.__lt__.__name__)

@total_ordering
class Both:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __gt__(self, o):
        return self.n > o.n
    def __le__(self, o):
        return 'custom'
print(Both(1) < Both(2), Both(1) <= Both(2), Both(1) >= Both(1), Both(3) > Both(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    Version(1) > 5
except TypeError as e:
    print(type(e).__name__, e)
