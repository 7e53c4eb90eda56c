# heapq: push, pop, heapify and the exact list contents after each step.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4]:
    heapq.heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heapq.heappop(h), h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, 11, 5, 5]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 12), data)
print("replace", heapq.heapreplace(data, -1), data)
print("pushpop small", heapq.heappushpop(data, -5), data)
print("pushpop big", heapq.heappushpop(data, 6), data)
print("pushpop empty", heapq.heappushpop([], 3))

words = "the quick brown fox jumps over the lazy dog again and again".split()
heapq.heapify(words)
print(words)
print([heapq.heappop(words) for _ in range(len(words))])

# Tuples and stability through the counter idiom.
tasks = []
for i, (prio, name) in enumerate([(2, "b"), (1, "a"), (2, "c"), (0, "z"), (1, "d")]):
    heapq.heappush(tasks, (prio, i, name))
print(tasks)
print([heapq.heappop(tasks)[2] for _ in range(5)])

# Heap sort of a larger pseudo-random list.
vals = [(i * 7919) % 101 for i in range(60)]
heapq.heapify(vals)
print(vals[:20])
out = []
while vals:
    out.append(heapq.heappop(vals))
print(out == sorted(out), out[:10], out[-5:])

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
            lambda: heapq.heappush([1, "a"], 2), lambda: heapq.heappop(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "R%d" % self.v

rh = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(rh, Rev(v))
print(rh)
print([heapq.heappop(rh) for _ in range(4)], rh)

class MyList(list):
    pass

ml = MyList([4, 2, 6, 1])
heapq.heapify(ml)
heapq.heappush(ml, 0)
print(type(ml).__name__, ml)
