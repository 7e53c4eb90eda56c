# list methods: append, extend, insert, pop, remove, index, count, sort, reverse, copy, clear.
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend("ab"); l.extend(range(2)); print(l)
l.insert(0, "first"); l.insert(-1, "before-last"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
try:
    l.remove("zz")
except ValueError as e:
    print("ValueError", e)
print(l.index(2), l.index(5, 3), l.count(1), l.count(99))
try:
    l.index(99)
except ValueError as e:
    print("ValueError", e)
nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
c = nums.copy(); c.append(0); print(nums, c)
c.clear(); print(c, len(c))
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
print(l.append(1), l.sort is not None)
