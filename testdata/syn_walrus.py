# The walrus operator in conditions, comprehensions and nested scopes.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (chunk := data[i:i + 2]):
    print(chunk)
    i += 2
vals = [y for x in data if (y := x * 2) > 10]
print(vals, y)
print([last := v for v in range(4)], last)

def f():
    total = [s := 0]
    for k in range(5):
        s += k
    return s, total
print(f())

def g():
    [z := w for w in "abc"]
    return z
print(g())
print((a := 3) + (b := 4), a, b)
print(a if (c := a * b) > 10 else b, c)
