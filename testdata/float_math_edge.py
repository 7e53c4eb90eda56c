# Sums, products and comparisons where float precision matters.
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
prod = 1.0
for i in range(1, 30):
    prod *= i
print(prod, prod == float(int(prod)))
print(1e16 + 1 == 1e16, 1e15 + 1 == 1e15)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(sum([1e100, 1.0, -1e100]))
xs = [i * 0.1 for i in range(11)]
print(xs)
print(max(xs), min(xs), sorted([-0.0, 0.0, -1.0, 1.0]))
print(3 * 0.1, 0.7 - 0.4, 4.35 * 100, 1.1 + 2.2)
print(2 ** 52 + 0.5, 2 ** 53 + 1.0, float(2 ** 53) + 1)
