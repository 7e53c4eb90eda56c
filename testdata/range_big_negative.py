# range with big ints and negative steps.
r = range(-10, 10, 3)
print(list(r), len(r), r[-2], -10 in r, -7 in r, -8 in r)
r2 = range(10, -10, -4)
print(list(r2), len(r2), r2[1], 2 in r2, 3 in r2, r2.index(-6))
big = range(2 ** 70, 2 ** 70 + 10, 3)
print(len(big), big[1], list(big), 2 ** 70 + 3 in big)
print(list(range(5)[1:-1]), range(10)[::3], range(10)[-3:], range(10)[5:1:-2])
print(range(0, 10, 2)[1:], list(range(100)[::25]))
