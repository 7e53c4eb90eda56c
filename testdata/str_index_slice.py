# Indexing, slicing, iteration, len, min/max, membership of strings.
s = "Hello, 世界!"
print(len(s), s[0], s[-1], s[7], s[7:9], s[::-1], s[::2])
for i, c in enumerate(s[:5]):
    print(i, c, ord(c))
try:
    s[100]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
print(min("hello"), max("hello"), sorted("hello"), list("abc"), "l" in s, "界" in s)
print("abc" * 3, "-" * 10, 0 * "x", "ab" + "cd", "abc" < "abd", "Z" < "a", "" < "a")
long = "x" * 1000
print(len(long), long[500:503], long.count("x"))
print(str(), str(5), str([1, "a"]), str(None), str(b"x"), str(1.5))
t = "abc"
print(t[1:100], t[-100:1], t[3:], repr(t[5:]))
print("".join(reversed("stressed")), "racecar"[::-1] == "racecar")
