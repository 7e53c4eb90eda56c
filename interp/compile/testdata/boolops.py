x = a and b and c
y = a or b or c
z = a and (b or c)
w = a in b, a not in b, a is b, a is not b
v = a == b != c <= d
