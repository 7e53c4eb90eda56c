a = b = c = 1
x, y = y, x
[p, (q, r)] = [1, (2, 3)]
first, *rest = range(5)
*init, last = "abc"
o.attr = 5
o.attr += 1
d[k] = v
d[k] -= 1
s[1:2] = t
s[::2] = u
del s[1:], o.attr, a
n: int = 3
m: str
