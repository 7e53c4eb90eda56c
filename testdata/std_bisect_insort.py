# bisect.insort*: keeping lists sorted, stability of equal items, lo/hi.
import bisect

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(s, x)
    print(x, s)

class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return "%d%s" % (self.k, self.tag)

recs = []
for k, tag in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e"), (2, "f")]:
    bisect.insort_right(recs, Rec(k, tag))
print("right", recs)
recs = []
for k, tag in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e"), (2, "f")]:
    bisect.insort_left(recs, Rec(k, tag))
print("left", recs)

# lo/hi restrict where the item may go.
t = [1, 3, 5, 7, 9]
bisect.insort_left(t, 4, 3)
print(t)
bisect.insort_right(t, 10, 0, 2)
print(t)
bisect.insort(t, 0, hi=0)
print(t)

# insort uses the sequence's insert method.
class Logged(list):
    def insert(self, i, x):
        print("  insert at", i, x)
        super().insert(i, x)

lg = Logged([10, 20, 30])
bisect.insort(lg, 25)
bisect.insort_left(lg, 20)
print(lg)

words = []
for w in "delta alpha charlie bravo echo alpha".split():
    bisect.insort(words, w)
print(words)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print("AttributeError", e)
