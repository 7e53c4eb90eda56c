# bisect with key= (Python 3.10+): the key applies to the list's items.
import bisect

people = [("ann", 23), ("bob", 31), ("cid", 31), ("dee", 45), ("eve", 52)]
age = lambda p: p[1]
for x in [20, 23, 31, 40, 45, 60]:
    print(x, bisect.bisect_left(people, x, key=age), bisect.bisect_right(people, x, key=age),
          bisect.bisect(people, x, key=age))
print(bisect.bisect_left(people, 31, 2, key=age), bisect.bisect_right(people, 31, 0, 2, key=age))

# insort with key applies key to the new item too.
bisect.insort(people, ("fay", 31), key=age)
bisect.insort_left(people, ("gus", 31), key=age)
bisect.insort_right(people, ("hal", 10), key=age)
print(people)

words = ["a", "bb", "cc", "dddd"]
bisect.insort(words, "xx", key=len)
bisect.insort_left(words, "yy", key=len)
print(words)
print(bisect.bisect_left(words, 3, key=len), bisect.bisect_right(words, 2, key=len))

calls = []
def k(x):
    calls.append(x)
    return -x
desc = [9, 7, 5, 3, 1]
print(bisect.bisect_left(desc, -5, key=k), calls)
try:
    bisect.bisect_left(desc, 5, key=k, hi=2, lo=-1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.bisect_left(people, ("x", 1), key=age)
except TypeError as e:
    print("TypeError", e)
