# Assignment targets: attributes, subscripts, nested, for-loop targets.
class O:
    pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
d = {}
d["x"], d["y"] = "xy"
print(d)
lst = [0] * 4
lst[0], lst[-1] = lst[-1] + 5, 7
print(lst)
i = 0
i, lst[i] = 2, "set"
print(i, lst)
for o.loopvar in range(3):
    pass
print(o.loopvar)
for d["k"], (p, q) in [(1, (2, 3)), (4, (5, 6))]:
    print(d["k"], p, q)
m = [[0, 0], [0, 0]]
m[0][1] = m[1][0] = 9
print(m)
a = b = []
a.append(1)
print(b)
x = [1, 2, 3]
x[1:2] = x
print(x)
