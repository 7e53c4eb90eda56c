# Simple, chained and tuple assignment.
a = 1
b = c = d = 2
print(a, b, c, d)
x, y = 10, 20
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "ab"
print(s, t)
u = v = [1, 2]
u.append(3)
print(v, u is v)
i = j = k = 0
i += 1
print(i, j, k)
m, = [42]
print(m)
n = (o := 5) + 1
print(n, o)
w = 1,
print(w, type(w).__name__)
