# Insertion order is preserved through updates, deletes and re-insertion.
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d))
del d["delta"]
d["delta"] = 99
print(list(d.items()))
d.pop("charlie")
d.update({"echo": 1, "alpha": 5})
print(d)
big = {i: i * i for i in range(0, 100, 7)}
for i in range(0, 100, 14):
    del big[i]
print(list(big))
for i in range(3):
    big[i * 1000] = i
print(list(big)[-4:])
m = {}
for i in range(1000):
    m[i] = i
for i in range(0, 1000, 2):
    del m[i]
print(len(m), list(m)[:5], list(m)[-3:], sum(m))
print(list(reversed({"x": 1, "y": 2, "z": 3})))
