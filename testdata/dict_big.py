# A larger dict workload: insert, lookup, delete, rehash.
d = {}
for i in range(5000):
    d[f"k{i}"] = i * 3
print(len(d), d["k0"], d["k4999"], d.get("k5000"))
for i in range(0, 5000, 3):
    del d[f"k{i}"]
print(len(d), "k3" in d, "k4" in d)
total = 0
for k, v in d.items():
    if v % 2 == 0:
        total += v
print(total)
keys = list(d)
print(keys[:3], keys[-3:])
ints = {i * 2654435761 % 2 ** 32: i for i in range(2000)}
print(len(ints), min(ints), max(ints), ints[min(ints)])
