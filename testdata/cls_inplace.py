# In-place operators: __iadd__ and friends, fallback to binary operators.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("iadd", o)
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc()
b = a
a += 1
a += 2
a -= 1
a *= 2
print(a, a is b)
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add (fallback)")
        return Imm(self.v + o)
    def __repr__(self):
        return f"Imm({self.v})"
x = Imm(1)
y = x
x += 5
print(x, y, x is y)
class All:
    def __init__(self): self.log = []
    def __ifloordiv__(self, o): self.log.append("ifloordiv"); return self
    def __itruediv__(self, o): self.log.append("itruediv"); return self
    def __imod__(self, o): self.log.append("imod"); return self
    def __ipow__(self, o): self.log.append("ipow"); return self
    def __ilshift__(self, o): self.log.append("ilshift"); return self
    def __irshift__(self, o): self.log.append("irshift"); return self
    def __iand__(self, o): self.log.append("iand"); return self
    def __ior__(self, o): self.log.append("ior"); return self
    def __ixor__(self, o): self.log.append("ixor"); return self
    def __imatmul__(self, o): self.log.append("imatmul"); return self
z = All()
z //= 1; z /= 1; z %= 1; z **= 1; z <<= 1; z >>= 1; z &= 1; z |= 1; z ^= 1; z @= 1
print(z.log)
class NoneRet:
    def __iadd__(self, o):
        return None
n = NoneRet()
n += 1
print(n)
