# Arbitrary precision: factorials and their digit statistics.
f = 1
for i in range(1, 501):
    f *= i
    if i in (20, 21, 50, 100):
        print(i, f)
s = str(f)
print(len(s), s[:20], s[-20:].count("0"), sum(int(c) for c in s))
trailing = len(s) - len(s.rstrip("0"))
print(trailing)
print(f % 1000000007, f // 10 ** 1100 if len(s) > 1100 else 0)
print(f == int(s), -f < 0, abs(-f) == f)
