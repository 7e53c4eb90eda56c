class A:
    def f(self):
        return 1

class B(A):
    def f(self):
        def inner():
            return super(B, self).f()
        return super().f() + inner()

    def g(self):
        return __class__
