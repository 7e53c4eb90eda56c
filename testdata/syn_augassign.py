# Augmented assignment on names, attributes, subscripts and slices.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0b1010; print(x)
x &= 0b1100; print(x)
x ^= 0xFF; print(x)
f = 7.0
f /= 2; print(f)

class Box:
    pass

b = Box()
b.v = 1
b.v += 41
print(b.v)
b.items = [1, 2]
b.items += [3]
print(b.items)

lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias is lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 100
print(m)
s = [0, 1, 2, 3, 4]
s[1:3] += [9]
print(s)
s[::2] = ["a", "b", "c"]
print(s)
st = "ab"
st *= 3
print(st)
counter = {}
for ch in "banana":
    counter[ch] = counter.get(ch, 0) + 1
print(counter)

calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
