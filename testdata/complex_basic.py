# complex numbers: construction, arithmetic, repr, attributes.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z)
print(z.real, z.imag, z.conjugate(), abs(z), abs(w))
print(complex(), complex(2), complex(0, 1), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e2j"))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2 ** (1j * 0), z ** 0)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(1, 0)))
print(complex(1.5, 2.25), complex(1e20, 1e-20), complex(float("inf"), float("nan")))
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, z != w)
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1j))
try:
    z < w
except TypeError as e:
    print("TypeError", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(hash(1 + 0j) == hash(1), str(2 + 3j), format(1.5 + 2j, ".2f") if True else "")
print(complex(3, 4) * 2, 2.5 * (1 + 1j), (1 + 2j) / 2)
print(divmod(7, 2) if True else divmod(z, 2))
