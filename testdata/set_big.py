# Larger sets: many inserts and removals.
s = set()
for i in range(10000):
    s.add(i * 7 % 10007)
print(len(s), min(s), max(s))
for i in range(0, 10007, 2):
    s.discard(i)
print(len(s), sum(s))
t = set(range(5000, 15000))
print(len(s & t), len(s | t), len(s - t), len(t - s))
print(sorted(s)[:10])
