# More complex arithmetic and conversions.
vals = [1 + 1j, -2.5j, 3 + 0j, 1e10 + 1e-10j, complex(0.1, 0.2)]
for v in vals:
    print(v, v * v, v + 1, v - 1j, abs(v), v.conjugate())
try:
    int(1j)
except TypeError as e:
    print("TypeError", e)
try:
    float(1 + 1j)
except TypeError as e:
    print("TypeError", e)
try:
    complex("1+2")
except ValueError as e:
    print("ValueError", e)
print(sum([1j, 2, 3.5]), 1j.imag, (2j).real)
print(complex(1, 2) == complex("1+2j"), (1 + 2j) ** 0.5)
print([round(abs((1 + 1j) ** n), 6) for n in range(5)])
