# pypystm.queue: put/get/task_done/join, Empty on timeouts, and producers
# and consumers on 1, 2, 4 and 8 threads delivering every item exactly once.
# A consumer blocked in get() must not stop the producers.
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
import _thread
import pypystm
from pypystm import atomic, queue, Empty

q = queue()
for x in ["a", 1, (2, 3), None]:
    q.put(x)
got = [q.get() for i in range(4)]
print(sorted(repr(x) for x in got))
for i in range(4):
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q.join()
print("joined")

for args in [(False,), (True, 0.01), (True, 0)]:
    try:
        q.get(*args)
    except Empty as e:
        print("Empty", args, type(e).__name__, isinstance(e, Exception))
try:
    q.get(timeout=0.0)
except pypystm.Empty:
    print("Empty timeout=0.0")
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError", e)
q.put(42)
print(q.get(timeout=1))
q.task_done()


def produce(q, start, n, done):
    for i in range(start, start + n):
        q.put(i)
    done.release()


def consume(q, out, done):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with atomic:
            out.append(item)
        q.task_done()
    done.release()


def run(nthreads, n):
    q = queue()
    out = []
    locks = []
    # Consumers first: they block in get() until the producers run.
    for i in range(nthreads):
        done = _thread.allocate_lock()
        done.acquire()
        locks.append(done)
        _thread.start_new_thread(consume, (q, out, done))
    plocks = []
    for i in range(nthreads):
        done = _thread.allocate_lock()
        done.acquire()
        plocks.append(done)
        _thread.start_new_thread(produce, (q, i * n, n, done))
    for done in plocks:
        done.acquire()
    q.join()
    delivered = len(out)
    for i in range(nthreads):
        q.put(None)
    for done in locks:
        done.acquire()
    out.sort()
    print(nthreads, "threads:", delivered, out == list(range(nthreads * n)))


for nthreads in (1, 2, 4, 8):
    run(nthreads, 200)
