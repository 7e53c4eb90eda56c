# list.sort and sorted: keys, reverse, stability, mixed types errors.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
byage = sorted(people, key=lambda p: p[0])
byage.sort(key=lambda p: p[1])
print(byage)
words = "Sorting is stable so Equal keys keep their Original order".split()
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted("cba"), sorted({3: 1, 1: 2}), sorted((2.5, -1, 0)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "0"]]
nested.sort()
print(nested)
print(sorted([], key=len), sorted([[], [1], [0, 0]], key=len))
print(sorted([-3, 2, -1], key=abs), sorted(["b", "A", "a", "B"], key=lambda s: (s.lower(), s)))
