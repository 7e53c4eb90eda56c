# operator: item and sequence functions, in-place operators.
import operator
from operator import (getitem, setitem, delitem, contains, concat, countOf, indexOf,
                      iadd, isub, imul, itruediv, ifloordiv, imod, ipow, iand, ior,
                      ixor, ilshift, irshift, iconcat, length_hint)

d = {'a': 1}
setitem(d, 'b', 2)
print(getitem(d, 'a'), d, contains(d, 'b'), contains(d, 'z'))
delitem(d, 'a')
print(d)
lst = list(range(10))
print(getitem(lst, 3), getitem(lst, slice(2, 8, 2)), getitem('hello', -1))
setitem(lst, slice(0, 3), ['x'])
delitem(lst, slice(-2, None))
print(lst)
print(concat([1, 2], [3]), concat('ab', 'cd'), concat((1,), (2,)))
print(countOf([1, 2, 1, 1, 3], 1), countOf('banana', 'a'), indexOf([5, 6, 7], 7))
for f, args in [(getitem, ([1], 5)), (getitem, ({}, 'k')), (getitem, (1, 0)),
                (delitem, ({}, 'k')), (concat, (1, 2)), (concat, ([1], (2,))),
                (indexOf, ([1, 2], 3)), (contains, (1, 1)), (setitem, ((1,), 0, 2))]:
    try:
        print(f(*args))
    except (TypeError, IndexError, KeyError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

# in-place: mutable operands change, immutable ones are rebound
a = [1, 2]
b = iadd(a, [3])
print(a, b, a is b)
t = (1,)
u = iadd(t, (2,))
print(t, u)
s = {1, 2, 3}
r1 = iand(s, {2, 3, 4})
print(sorted(r1), r1 is s, sorted(s))
r2 = ior(s, {9})
print(sorted(r2), r2 is s, sorted(ixor({1, 2}, {2, 3})))
print(isub(10, 3), imul([0], 3), itruediv(9, 2), ifloordiv(9, 2), imod(9, 4), ipow(3, 4))
print(ilshift(1, 5), irshift(64, 2), iconcat([1], [2]), operator.__iadd__(1, 1))
c = [1]
iconcat(c, (2, 3))
print(c)
try:
    iconcat(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self

acc = Acc()
r = iadd(acc, 5)
print(r is acc, acc.items)

class Sized:
    def __len__(self):
        return 4

class Hinted:
    def __length_hint__(self):
        return 12

class NoHint:
    def __length_hint__(self):
        return NotImplemented

print(length_hint([1, 2, 3]), length_hint(Sized()), length_hint(Hinted()),
      length_hint(NoHint(), 9), length_hint(5, 2), length_hint(object()))
print(operator.call(max, 3, 9, key=lambda x: -x))
