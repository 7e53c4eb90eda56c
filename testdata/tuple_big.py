# Larger tuples built from generators and used as records.
t = tuple(i * i for i in range(50))
print(len(t), t[:5], t[-3:], sum(t), t.index(49), 2500 in t)
records = tuple((name, len(name)) for name in ["ann", "bob", "christine"])
print(records)
print(max(records, key=lambda r: r[1]), sorted(records, key=lambda r: -r[1])[0][0])
print(tuple(zip(range(3), "abc", [True, False, None])))
