# Format mini-language: fill, align, sign, #, 0, width, grouping, precision for ints and strings.
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "*^15", "010", "+", "-", " ", ",", "_", "+,",
             "015,", "x", "#x", "08x", "#010x", "_x", "#_b", "o", "#o", "X", "=10", "=+12,"]:
    print(repr(spec), "[" + format(n, spec) + "]", "[" + format(-n, spec) + "]")
for spec in ["", "10", "<10", ">10", "^10", ".3", "10.3", "-^11", "x<4"]:
    print(repr(spec), "[" + format("string", spec) + "]")
print(format(65, "c"), format(0x263a, "c"), format(True, "^6"), format(False, "d"))
for spec in ["", ".2f", "10.2f", "<10.1f", "^+10.2f", "010.2f", ",.2f", "_.3f", "=+10.1f", " .1f", "e", ".3g"]:
    print(repr(spec), "[" + format(-1234.5678, spec) + "]", "[" + format(1234.5678, spec) + "]")
for bad in [(1, "s"), ("s", "d"), (1.5, "d"), ("s", ","), (1, ".2"), (1, "=s")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError", e)
