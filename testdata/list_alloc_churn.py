# Many short-lived objects: the collector must keep up and values must stay intact.
keep = []
total = 0
for i in range(20000):
    tmp = [i, str(i), (i, i * 2), {"k": i}]
    total += tmp[2][1] + len(tmp[1])
    if i % 1000 == 0:
        keep.append(tmp)
print(total, len(keep))
print(keep[3], keep[-1][3]["k"])
strings = []
for i in range(5000):
    s = "x" * (i % 50) + str(i)
    if i % 999 == 0:
        strings.append(s)
print(strings)
big = [[j for j in range(i % 20)] for i in range(3000)]
print(sum(len(b) for b in big), big[25])
d = {}
for i in range(10000):
    d[i % 100] = [i] * 3
print(len(d), d[0], d[99])
