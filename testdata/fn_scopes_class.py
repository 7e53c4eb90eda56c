# Class bodies do not create closures for methods; comprehension scoping in classes.
x = "module"
class A:
    x = "class"
    def m(self):
        return x
    y = x + "!"
print(A().m(), A.y)
def f():
    v = "func"
    class B:
        w = v
        def m(self):
            return v
    return B
B = f()
print(B.w, B().m())
class C:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
print(C.total, C.doubled)
def g():
    n = 0
    class D:
        nonlocal n
        n = 5
    return n
print(g())
