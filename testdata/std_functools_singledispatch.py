# functools.singledispatch: dispatch on the first argument's class.
from functools import singledispatch


@singledispatch
def describe(obj, prefix=''):
    "Describe an object."
    return prefix + 'object ' + type(obj).__name__


@describe.register(int)
def _(obj, prefix=''):
    return prefix + 'int %d' % obj


@describe.register(list)
def _describe_list(obj, prefix=''):
    return prefix + 'list of %d: ' % len(obj) + ', '.join(describe(x) for x in obj)


def describe_str(obj, prefix=''):
    return prefix + 'str %r' % obj
describe.register(str, describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@describe.register(Animal)
def _(obj, prefix=''):
    return prefix + 'animal ' + type(obj).__name__


print(describe(3), describe(True), describe(2.5), describe('hi'), describe(None))
print(describe([1, 'a', [2.0]]), describe(3, prefix='> '), describe(3, '>> '))
print(describe(Dog()), describe(Puppy()), describe(Animal()), describe(object()))
describe.register(Dog, lambda obj, prefix='': prefix + 'a dog')
print(describe(Dog()), describe(Puppy()), describe(Animal()))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Puppy)(1))
print(describe.__name__, describe.__doc__, sorted(k.__name__ for k in describe.registry))
print(describe.registry[str] is describe_str, describe.registry[object].__name__)
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(5)
except TypeError as e:
    print(type(e).__name__, str(e)[:40])
