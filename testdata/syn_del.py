# del of names, attributes, subscripts, slices and tuples of targets.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

class C:
    pass

c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), c.b)
try:
    del c.a
except AttributeError as e:
    print("AttributeError", e)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
m = [[1, 2, 3], [4, 5]]
del m[0][1], m[1]
print(m)

def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
