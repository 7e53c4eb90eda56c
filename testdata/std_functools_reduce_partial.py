# functools: reduce and partial.
import functools
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 0), reduce(max, [7]))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 9))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(operator.add, ['x', 'y'], 'w'))
print(reduce(operator.mul, range(1, 30)), reduce(operator.add, iter([1.5, 2.5])))
calls = []
def trace(a, b):
    calls.append((a, b))
    return a + b
print(reduce(trace, (x * x for x in range(5))), calls)
for f in [lambda: reduce(max, []), lambda: reduce(max, 5), lambda: reduce(),
          lambda: reduce(max), lambda: reduce(max, [], 1, 2),
          lambda: reduce(max, [], initial=1), lambda: reduce(operator.add, [1, 'a'])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

def show(*args, **kw):
    return args, sorted(kw.items())

p = partial(show, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is show, p.args, p.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(len)))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__, basetwo('11', base=3))
q = partial(partial(show, 1, x=1), 2, y=2)
print(q.func is show, q.args, q.keywords, q(3, x=0))
q2 = partial(p)
print(q2.func is show, q2.args)
p.note = 'hello'
print(p.note, p.__dict__)
for name in ['func', 'args', 'keywords']:
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(type(e).__name__, e)
for f in [lambda: partial(), lambda: partial(5), lambda: partial(show)(**{1: 2}) if False else partial(int, 'x')()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class MyPartial(partial):
    def twice(self, *a):
        return self(*a), self(*a)

m = MyPartial(operator.add, 10)
print(m(5), m.twice(1), repr(m).startswith('MyPartial(<'), repr(m).endswith(', 10)'), isinstance(m, partial))
print(type(partial(m, 1)).__name__, partial(m, 1).func is m, partial(m, 1).args)
m.tag = 1
print(partial(m, 1).func is m, partial(m, 1).args)

class Custom(partial):
    def __call__(self, *a):
        return 'custom'
c = Custom(max, 1)
print(partial(c, 2).func is c, partial(c, 2)())

class Greeter:
    hello = partial(show, 'hi')   # a partial is not a method: no self
print(Greeter().hello(1))
adders = [partial(operator.add, n) for n in range(4)]
print([f(100) for f in adders], list(map(partial(pow, 2), range(6))))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
