# queue: Queue, LifoQueue and PriorityQueue orders, sizes, Empty/Full with
# and without blocking and timeouts, and the task_done/join bookkeeping.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(),
          [q.get() for _ in range(5)], q.empty())

q = queue.Queue(maxsize=2)
print(q.maxsize, q.full())
q.put("a")
q.put_nowait("b")
print(q.full(), q.qsize())
for f in (lambda: q.put("c", block=False), lambda: q.put("c", timeout=0.01),
          lambda: q.put_nowait("c"), lambda: q.put("c", True, 0)):
    try:
        f()
    except queue.Full as e:
        print("Full", repr(e))
print(q.get(), q.get_nowait(), q.empty())
for f in (lambda: q.get(block=False), lambda: q.get(timeout=0.01),
          q.get_nowait, lambda: q.get(True, 0)):
    try:
        f()
    except queue.Empty as e:
        print("Empty", repr(e))
q.put(1)
for f in (lambda: q.get(timeout=-1), lambda: q.get(True, -0.5)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(q.get(False, -1))
q.put("x")
q.put("y")
try:
    q.put("z", timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(queue.Queue().put(1, timeout=-1))

# task_done and join.
q = queue.Queue()
for i in range(3):
    q.put(i)
print("unfinished", q.unfinished_tasks)
while not q.empty():
    q.get()
    q.task_done()
q.join()
print("joined", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

# PriorityQueue with tuples; LifoQueue with a bound.
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
lq = queue.LifoQueue(3)
for i in range(3):
    lq.put(i)
try:
    lq.put(9, False)
except queue.Full:
    print("LifoQueue full", lq.qsize())
print([lq.get() for _ in range(3)])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# A long FIFO sequence interleaving puts and gets keeps its order.
q = queue.Queue()
got = []
for i in range(100):
    q.put(i)
    if i % 3 == 0:
        got.append(q.get())
while not q.empty():
    got.append(q.get())
print(got == list(range(100)), len(got))
