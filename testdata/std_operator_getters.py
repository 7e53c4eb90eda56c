# operator: itemgetter, attrgetter, methodcaller.
from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 30, 'x'), ('alice', 25, 'y'), ('carol', 30, 'a')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)('abc'), itemgetter(-1, 0, 1)('abc'), itemgetter(slice(1, None))('abc'))
print(itemgetter('k')({'k': 5}), itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(2)))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(itemgetter((1, 2))))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def dist2(self, ox=0, oy=0):
        return (self.x - ox) ** 2 + (self.y - oy) ** 2

class Segment:
    def __init__(self, a, b):
        self.a, self.b = a, b

seg = Segment(Point(1, 2), Point(3, 5))
print(attrgetter('x')(seg.a), attrgetter('a.x', 'b.y')(seg), attrgetter('b.x')(seg))
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([p.x for p in sorted(pts, key=attrgetter('x'))], [p.y for p in sorted(pts, key=attrgetter('y', 'x'))])
print(repr(attrgetter('a.b')), repr(attrgetter('x', 'y.z')))
print(attrgetter('real', 'imag')(3 + 4j), attrgetter('__class__.__name__')(seg))

print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'),
      methodcaller('replace', 'a', 'o', 1)('banana'))
print(methodcaller('dist2')(Point(3, 4)), methodcaller('dist2', oy=4)(Point(3, 4)),
      methodcaller('dist2', 1, oy=1)(Point(3, 4)))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'x', k=2)))
print(list(map(methodcaller('strip'), [' a ', 'b  '])))

for f in [lambda: itemgetter(), lambda: itemgetter(1)(1), lambda: itemgetter(5)([1]),
          lambda: itemgetter(1)([1, 2], 3), lambda: itemgetter('z')({}),
          lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter('x')(1),
          lambda: attrgetter('a.zz')(seg), lambda: methodcaller(),
          lambda: methodcaller(1), lambda: methodcaller('nope')(1),
          lambda: methodcaller('upper', 1)('a')]:
    try:
        print(f())
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
