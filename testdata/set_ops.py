# Set operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 10])))
print(a <= a, {1} < a, a < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a)
c.add(10); c.discard(1); c.discard(99); c.remove(2)
print(sorted(c))
try:
    c.remove(99)
except KeyError as e:
    print("KeyError", e)
c.update([20, 21], (22,)); print(sorted(c))
c.intersection_update(range(15)); print(sorted(c))
c.difference_update({3}); print(sorted(c))
c.symmetric_difference_update({4, 100}); print(sorted(c))
c |= {7}; c &= {7, 10, 100}; c -= {100}; c ^= {8}
print(sorted(c))
print(c.pop() in {7, 8, 10}, len(c))
c.clear(); print(c, len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print(set("hello") == {"h", "e", "l", "o"}, len(set()), {1, 2} == {2, 1}, {1} != {1.0})
s2 = a.copy(); s2.add(0)
print(sorted(a), sorted(s2))
