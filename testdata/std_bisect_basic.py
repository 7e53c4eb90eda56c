# bisect: left/right searches, lo/hi bounds, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 5), bisect.bisect_right(a, 2, 0, 3))
print(bisect.bisect_left(a, 8, lo=1, hi=4), bisect.bisect_right(a, 8, hi=len(a)))
print(bisect.bisect_left(a, 8, hi=None), bisect.bisect_right(a, 0, lo=9))
print(bisect.bisect_left(a, 5, 3, 100) if False else "skip")
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

# Works on any sequence: tuples, strings, ranges.
print(bisect.bisect_left((10, 20, 30), 25), bisect.bisect_right("aceg", "e"))
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right(range(0, 100, 5), 45))

for args in [([1, 2], 1, -1), ([1, 2], 1, -5, 1)]:
    for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
        try:
            f(*args)
        except ValueError as e:
            print(f.__name__, "ValueError", e)

for bad in [lambda: bisect.bisect_left(None, 1), lambda: bisect.bisect_right([1, "a", 3], 2),
            lambda: bisect.bisect_left([1, 2], "x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# A list of floats and mixed numbers.
fl = [0.5, 1.0, 1.5, 2, 2.5, 3]
print(bisect.bisect_left(fl, 2.0), bisect.bisect_right(fl, 2.0), bisect.bisect(fl, True))
