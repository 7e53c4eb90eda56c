# Index and slice assignment and deletion on lists.
l = list(range(10))
l[0] = "a"; l[-1] = "z"
print(l)
l[2:5] = []
print(l)
l[1:1] = [100, 200]
print(l)
l[::3] = ["x"] * len(l[::3])
print(l)
del l[::2]
print(l)
l[-2:] = "PQ"
print(l)
try:
    l[100] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del l[100]
except IndexError as e:
    print("IndexError", e)
m = [0, 1, 2, 3, 4, 5]
m[4:1:-1] = ["c", "b", "a"]
print(m)
m[len(m):] = [6, 7]
print(m)
m[:0] = [-1]
print(m)
try:
    m["a"]
except TypeError as e:
    print("TypeError", e)
print(m[True], m[False])
