# Edge cases: empty lists, negative indexes, sort with key errors, list as default.
e = []
print(e[:], e[::-1], e[5:], len(e), sum(e), any(e), all(e))
try:
    e[0]
except IndexError as err:
    print("IndexError", err)
try:
    max(e)
except ValueError as err:
    print("ValueError", err)
print(max(e, default="none"))
l = [1, 2, 3]
print(l[-1], l[-3])
try:
    l[-4]
except IndexError as err:
    print("IndexError", err)
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
print(l)
try:
    [1, 2] * "a"
except TypeError as err:
    print("TypeError", err)
print([[]] * 3, [1, 2, 3].index(3), [None].count(None))
