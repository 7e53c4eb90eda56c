# ZeroDivisionError from a modulo inside a loop.
for d in [3, 2, 1, 0]:
    print(100 % d)
