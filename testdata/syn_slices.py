# Slicing with steps, negatives, out-of-range bounds and assignment.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
print("hello world"[::-1], "abcdef"[1:-1:2])
print((1, 2, 3, 4)[1:3], b"abcdef"[::2], range(10)[2:8:3])
t = s[:]
t[2:4] = ["x", "y", "z"]
print(t)
t[1:1] = [0.5]
print(t)
t[:] = [1, 2]
print(t)
u = list(range(8))
u[::2] = "abcd"
print(u)
try:
    u[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step)
print(slice(None, 5).indices(10), slice(-3, None, -1).indices(10))
print(s[slice(3)], repr(slice(1, 2)))
print(s[-1], s[-10])
n = 4
print(s[n - 2:n + 2], s[len(s) // 2:])
