# Comparisons between ints, floats, bools and big ints.
big = 2 ** 64
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big))
print(1 == True, 0 == False, 2 == True, 1.0 == True)
print(10 ** 20 < 1e21, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), 3 < float("nan"), 3 > float("nan"), 3 == float("nan"))
print(sorted([3, 1.5, True, -2, 2 ** 70, 0.0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
