# pow (2 and 3 args), round, sum (with start), min/max (key, default).
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(-2, 2), pow(10, 20, 7), pow(3, 200, 1000), pow(-3, 3, 7), pow(5, 0, 1))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError", e)
print(round(3.14159, 3), round(2.5), round(3.5), round(-0.5), round(7, -1), round(1.25, 1), round(1.35, 1))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum((0.1, 0.2)), sum([], 5), sum(range(10), start=-45))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", key=str.upper))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max([], default=None), min((), default="empty"))
print(max([(1, "b"), (1, "a")]), max([3, 3.0]), max([3.0, 3]), min([[2], [1, 5]]))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
