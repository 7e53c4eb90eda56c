# Loops over ranges with various steps, nested ranges, and modification of loop variable.
for i in range(3):
    i *= 10
    print(i)
print([i for i in range(10, 0, -3)])
print([(i, j) for i in range(3) for j in range(i, 3)])
total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
n = 0
for _ in range(100000):
    n += 1
print(n)
r = range(0, 100, 10)
it = iter(r)
print(next(it), next(it), list(it))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8), start=1)))
