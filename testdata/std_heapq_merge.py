# heapq.merge: sorted merging, key, reverse, stability, laziness.
import heapq

a = [1, 4, 7, 10]
b = [2, 5, 8, 11, 14]
c = [0, 3, 6, 9, 12, 15, 18]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge()))
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge(a)))
print(list(heapq.merge(iter(a), (x for x in b))))

print(list(heapq.merge(reversed(a), reversed(b), reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd", "e"], key=len, reverse=True)))

x = ["apple", "Bob", "cat"]
y = ["Apricot", "banana", "Cow"]
print(list(heapq.merge(x, y, key=str.lower)))

# Stability: equal items come from the earlier input first.
s1 = [(1, "s1"), (2, "s1"), (2, "s1b")]
s2 = [(1, "s2"), (2, "s2")]
print(list(heapq.merge(s1, s2, key=lambda p: p[0])))
print(list(heapq.merge(s2, s1, key=lambda p: p[0])))
print(list(heapq.merge([3, 2, 1], [3, 1], [2], reverse=True)))

# merge is lazy: it is a generator.
def noisy(name, items):
    for it in items:
        print("  ", name, "gives", it)
        yield it

m = heapq.merge(noisy("L", [1, 3, 5]), noisy("R", [2, 4]))
print(type(m).__name__)
print(next(m))
print(next(m))
print(list(m))

words = sorted("the quick brown fox jumps over the lazy dog".split())
nums = sorted(str(i) for i in range(12))
print(list(heapq.merge(words, nums)))
try:
    list(heapq.merge([1, 2], ["a"]))
except TypeError as e:
    print("TypeError", e)
