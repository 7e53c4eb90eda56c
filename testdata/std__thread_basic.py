# _thread: threads started with start_new_thread, locks with timeouts, and
# exact counts under a lock (any lost update would show).
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)

counter = [0]
finished = [0]
results = {}


def work(n, tag, scale=1):
    total = 0
    for i in range(n):
        with lock:
            counter[0] += scale
        total += i
    with lock:
        results[tag] = total
        finished[0] += 1


for k in range(4):
    _thread.start_new_thread(work, (5000, k), {"scale": 2})

while True:
    with lock:
        if finished[0] == 4:
            break
    time.sleep(0.001)
print(counter[0], sorted(results.items()))
print(isinstance(_thread.get_ident(), int))
try:
    _thread.start_new_thread(work, [1, 2])
except TypeError as e:
    print("TypeError", e)
