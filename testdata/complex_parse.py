# complex() from strings and mixed arithmetic with ints and floats.
for s in ["1", "1j", "-1j", "+1-1j", "(1+2j)", "1.5e3+2e-3j", "infj", "-nanj" if False else "nan+0j"]:
    c = complex(s)
    print(repr(s), c, c.real, c.imag)
for bad in ["", "1+", "j1", "1 + 2j", "2jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(1 + 2j + 3, 2 * (1 - 1j), 1.5 + 1j, (1 + 1j) - 1.0)
print(3 / (1 + 1j), 1j / 1j, (4 + 2j) / (1 - 1j))
