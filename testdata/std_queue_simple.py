# queue.SimpleQueue: FIFO order, nowait/timeouts, and many threads putting
# and getting with every item delivered once.
import queue
import threading

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(5):
    q.put(i)
q.put_nowait(5)
q.put(6, block=False, timeout=3)
print(q.qsize(), q.empty(), [q.get() for _ in range(3)], q.get_nowait(), q.get(False))
print(q.get(True, 1), q.get(timeout=0))
for f in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
    try:
        f()
    except queue.Empty as e:
        print("Empty", repr(e))
q.put("x")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(q.get(False, -1))

for n in (1, 2, 4, 8):
    sq = queue.SimpleQueue()
    got = []
    lock = threading.Lock()

    def consume():
        mine = []
        while True:
            x = sq.get()
            if x is None:
                break
            mine.append(x)
        with lock:
            got.extend(mine)

    def produce(p):
        for i in range(250):
            sq.put(p * 1000 + i)

    cs = [threading.Thread(target=consume) for _ in range(n)]
    ps = [threading.Thread(target=produce, args=(p,)) for p in range(n)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    for _ in cs:
        sq.put(None)
    for t in cs:
        t.join()
    want = sorted(p * 1000 + i for p in range(n) for i in range(250))
    print(n, len(got), sorted(got) == want, sq.empty())

# A getter blocked on an empty SimpleQueue wakes for a later put.
sq = queue.SimpleQueue()
res = []
t = threading.Thread(target=lambda: res.append(sq.get(timeout=5)))
t.start()
sq.put("hello")
t.join()
print(res)
