# operator: arithmetic, bitwise, comparison and truth functions.
import operator
from operator import (add, sub, mul, truediv, floordiv, mod, pow, neg, pos, abs, not_,
                      truth, eq, ne, lt, le, gt, ge, and_, or_, xor, invert, inv,
                      lshift, rshift, is_, is_not, index, matmul)

print(add(2, 3), add('a', 'b'), add([1], [2]), add(1.5, 2))
print(sub(10, 4), mul(6, 7), mul('ab', 3), truediv(7, 2), floordiv(7, 2), floordiv(-7, 2))
print(mod(17, 5), mod(-17, 5), mod('%s-%d', ('x', 3)), pow(2, 10), pow(2, -1), pow(2, 100))
print(neg(5), neg(-2.5), pos(-3), abs(-7), abs(-2.5), abs(3 + 4j))
print(not_(0), not_([1]), truth(''), truth('x'), truth(None), truth(3))
print([f(1, 2) for f in (eq, ne, lt, le, gt, ge)], [f(2, 2) for f in (eq, ne, lt, le, gt, ge)])
print(lt('a', 'b'), ge((1, 2), (1, 1)), eq([1], [1]), ne({1}, {1}))
print(and_(12, 10), or_(12, 10), xor(12, 10), invert(5), inv(-1), lshift(1, 70), rshift(1024, 3))
print(and_({1, 2}, {2, 3}), or_(True, False), xor(True, True))
a = [1]
print(is_(a, a), is_(a, [1]), is_not(a, [1]), is_(None, None))
print(index(5), index(True), operator.__index__(7))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __index__(self):
        return self.x
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)

v, w = Vec(1, 2), Vec(3, 4)
print(add(v, w), neg(v), matmul(v, w), lt(v, w), gt(v, w), index(v))
print(operator.__add__ is add, operator.__and__ is and_, operator.__not__ is not_,
      operator.__inv__ is inv, operator.__invert__(0))
for f, args in [(add, (1, 'a')), (truediv, (1, 0)), (floordiv, (1, 0)), (mod, (1, 0)),
                (neg, ('x',)), (lt, (1, 'a')), (index, (1.5,)), (index, ('3',)),
                (invert, (1.0,)), (lshift, (1, -1)), (matmul, (1, 2))]:
    try:
        print(f(*args))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

from functools import reduce
print(reduce(add, range(101)), reduce(mul, range(1, 21)), reduce(or_, [1, 2, 4, 8]))
print(sorted([3, 1, 2], key=neg), list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(truth, [0, 1, '', 'a', [], [0]])))
