# copy.copy and copy.deepcopy of the built-in containers.
import copy

a = [1, [2, 3], {"k": [4]}, (5, [6]), "s"]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]["k"] is a[2]["k"])
a[1].append(99)
a[3][1].append(7)
print(a, s, d, sep="\n")

t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2 == t2, dt2 is t2, dt2[1] is t2[1])

fs = frozenset([1, 2, 3])
print(copy.copy(fs) is fs, sorted(copy.deepcopy(fs)))
st = {1, 2, (3, 4)}
cs = copy.copy(st)
print(cs == st, cs is st)
dct = {"a": [1], "b": {"c": 2}}
cd = copy.copy(dct)
dd = copy.deepcopy(dct)
dct["a"].append(2)
print(cd, dd)
ba = bytearray(b"xyz")
cb = copy.copy(ba)
ba[0] = 65
print(ba, cb, copy.deepcopy(ba) == ba)

for x in [None, 1, 2.5, 3j, True, "str", b"by", range(3), len, copy.copy, int, Ellipsis, 10**30]:
    print(repr(x)[:20], copy.copy(x) is x, copy.deepcopy(x) is x)

# Shared references stay shared; cycles are copied once.
shared = [1, 2]
outer = [shared, shared, {"x": shared}]
do = copy.deepcopy(outer)
print(do[0] is do[1], do[0] is do[2]["x"], do[0] is shared)
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc is cyc, repr(dc))
dcy = {"self": None}
dcy["self"] = dcy
ddcy = copy.deepcopy(dcy)
print(ddcy["self"] is ddcy, ddcy is dcy)
tc = ([],)
tc[0].append(tc)
dtc = copy.deepcopy(tc)
print(dtc[0][0] is dtc, dtc is tc)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0], id(x) in memo)
z = copy.deepcopy(x, memo)
print(z is y[0])
