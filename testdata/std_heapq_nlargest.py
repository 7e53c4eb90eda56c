# heapq.nlargest / nsmallest with and without key, ties and odd inputs.
import heapq

data = [(i * 37) % 23 for i in range(40)]
print(data)
for n in [-1, 0, 1, 2, 5, 39, 40, 41, 100]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))

words = "apple Banana cherry date Elderberry fig grape Honeydew kiwi lemon".split()
print(heapq.nsmallest(3, words))
print(heapq.nsmallest(3, words, key=str.lower))
print(heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(4, words, key=len))

# Ties keep the input order (like sorted).
pairs = [("a", 1), ("b", 2), ("c", 1), ("d", 2), ("e", 1), ("f", 3), ("g", 3)]
print(heapq.nsmallest(3, pairs, key=lambda p: p[1]))
print(heapq.nlargest(3, pairs, key=lambda p: p[1]))
print(heapq.nlargest(1, pairs, key=lambda p: p[1]))
print(heapq.nsmallest(1, pairs, key=lambda p: p[1]))

# Iterators (no len) and generators.
print(heapq.nsmallest(3, iter(data)))
print(heapq.nlargest(4, (x * x for x in range(-5, 6))))
print(heapq.nsmallest(2, iter([])), heapq.nlargest(1, []), heapq.nsmallest(1, iter([])))
print(heapq.nlargest(3, iter(data), key=lambda x: -x))
print(heapq.nsmallest(3, range(100, 0, -3)))

# Items that are not comparable but have comparable keys.
class Item:
    def __init__(self, name, w):
        self.name = name
        self.w = w
    def __repr__(self):
        return self.name

items = [Item("i%d" % i, (i * 5) % 7) for i in range(12)]
print(heapq.nsmallest(5, items, key=lambda it: it.w))
print(heapq.nlargest(5, items, key=lambda it: it.w))
print(heapq.nlargest(5, iter(items), key=lambda it: it.w))

try:
    heapq.nsmallest(2, [1, "x", 3])
except TypeError as e:
    print("TypeError", e)
try:
    heapq.nlargest("2", [1, 2])
except TypeError as e:
    print("TypeError", e)
