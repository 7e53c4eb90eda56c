# Arithmetic dunders: normal, reflected and in-place forms.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        print("radd", o)
        return N(o + self.v)
    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o):
        return N(o - self.v)
    def __mul__(self, o):
        return N(self.v * (o.v if isinstance(o, N) else o))
    __rmul__ = __mul__
    def __truediv__(self, o):
        return N(self.v / o)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __rmod__(self, o):
        return N(o % self.v)
    def __pow__(self, o):
        return N(self.v ** o)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(+self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __rand__(self, o): return N(o & self.v)
    def __ror__(self, o): return N(o | self.v)
    def __rxor__(self, o): return N(o ^ self.v)
    def __rlshift__(self, o): return N(o << self.v)
    def __rrshift__(self, o): return N(o >> self.v)
    def __rfloordiv__(self, o): return N(o // self.v)
    def __divmod__(self, o): return (N(self.v // o), N(self.v % o))
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __matmul__(self, o): return N(self.v * 1000 + o)
    def __rmatmul__(self, o): return ("rmatmul", o)
a = N(7)
print(a + 1, 1 + a, a + a, a - 2, 10 - a, a * 3, 3 * a)
print(a / 2, 14 / a, a // 2, 30 // a, a % 4, 30 % a, a ** 2, 2 ** a)
print(-a, +a, abs(N(-3)), ~a)
print(a & 6, a | 8, a ^ 1, a << 2, a >> 1, 12 & a, 8 | a, 1 ^ a, 1 << a, 1024 >> a)
print(divmod(a, 2), divmod(9, a), a @ 5, 5 @ a)
print(sum([N(1), N(2), N(3)]))
