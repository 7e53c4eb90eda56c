# range objects: len, indexing, slicing, membership, reversed, equality, repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::-2]))
print(5 in r, 6 in r, 20 in r, r.index(11), r.count(5), r.count(6))
print(range(5), range(0), range(1, 1), list(range(5, 0, -1)), list(range(-3)), list(range(0, -10, -4)))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 2), range(3) == range(0, 3, 1))
print(r.start, r.stop, r.step, list(reversed(range(4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
try:
    r.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -2)))
print(bool(range(0)), bool(range(1)), type(range(1)).__name__)
