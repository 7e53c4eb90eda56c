# C3 linearisation on diamond and more complex hierarchies.
def names(c):
    return [k.__name__ for k in c.__mro__]
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(names(D))
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(names(AA))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError", e)
class M1:
    def who(self):
        return "M1"
class M2(M1):
    def who(self):
        return "M2>" + super().who()
class M3(M1):
    def who(self):
        return "M3>" + super().who()
class M4(M2, M3):
    def who(self):
        return "M4>" + super().who()
print(M4().who(), names(M4))
print(D.mro() == list(D.__mro__))
