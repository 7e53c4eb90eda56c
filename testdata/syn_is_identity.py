# is / is not and == on different objects.
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, (not None) is True)
x = object()
print(x is x, x == x, x != object())
t = ()
print(t == (), "" == "", type(t) is tuple)
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(True, int), int is not float)
