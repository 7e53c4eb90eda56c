# queue: producers and consumers with 1, 2, 4 and 8 threads on each side.
# Every item is delivered exactly once (the sorted multiset of received
# items equals what was sent), with bounded and unbounded queues,
# sentinels, task_done/join and get with timeouts.
import queue
import threading

ITEMS = 300


def run(cls, producers, consumers, maxsize):
    q = cls(maxsize)
    received = []
    lock = threading.Lock()

    def produce(p):
        for i in range(ITEMS):
            q.put((p, i))

    def consume():
        mine = []
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                break
            mine.append(item)
            q.task_done()
        with lock:
            received.extend(mine)

    cs = [threading.Thread(target=consume) for _ in range(consumers)]
    ps = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    q.join()
    for _ in cs:
        q.put(None)
    for t in cs:
        t.join()
    want = sorted((p, i) for p in range(producers) for i in range(ITEMS))
    return len(received), sorted(received) == want, q.empty(), q.unfinished_tasks


for n in (1, 2, 4, 8):
    print("Queue", n, run(queue.Queue, n, n, 0))
    print("bounded", n, run(queue.Queue, n, n, 3))
    print("Lifo", n, run(queue.LifoQueue, n, 2, 5))

# PriorityQueue: items put by several threads come out sorted when one
# consumer drains the queue after all producers finish.
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq.put(k + 10 * i) for i in range(20)])
      for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out == sorted(out), len(out), out[:6])

# A pipeline of stages: square, then add one, each stage its own thread.
first, second = queue.Queue(), queue.Queue()
results = queue.Queue()


def stage(src, dst, f):
    while True:
        x = src.get()
        if x is None:
            dst.put(None)
            return
        dst.put(f(x))


s1 = threading.Thread(target=stage, args=(first, second, lambda x: x * x))
s2 = threading.Thread(target=stage, args=(second, results, lambda x: x + 1))
s1.start()
s2.start()
for i in range(10):
    first.put(i)
first.put(None)
s1.join()
s2.join()
collected = []
while True:
    x = results.get(timeout=1)
    if x is None:
        break
    collected.append(x)
print(collected)

# A consumer waiting with a timeout gets the item a later producer puts.
late = queue.Queue()
got = []
c = threading.Thread(target=lambda: got.append(late.get(timeout=5)))
c.start()
late.put("late item")
c.join()
print(got)
try:
    late.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
