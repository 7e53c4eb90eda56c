# threading.Barrier: rounds of N threads, the action run once per round by
# the last arrival, wait() indices, abort/reset/broken and timeouts.
import threading

for parties in (1, 2, 4, 8):
    rounds = 5
    actions = []
    barrier = threading.Barrier(parties, action=lambda: actions.append(len(actions)))
    progress = [[] for _ in range(parties)]
    indices = []
    lock = threading.Lock()

    def worker(k):
        for r in range(rounds):
            progress[k].append(r)
            i = barrier.wait()
            with lock:
                indices.append((r, i))
            # Every thread has finished round r before anyone starts r+1.
            with lock:
                behind = [p for p in progress if len(p) < r + 1]
            assert not behind, behind

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(parties)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    per_round = {}
    for r, i in indices:
        per_round.setdefault(r, []).append(i)
    print(parties, actions, all(sorted(v) == list(range(parties)) for v in per_round.values()),
          barrier.n_waiting, barrier.broken, barrier.parties)

# A timeout breaks the barrier for everyone waiting on it.
b = threading.Barrier(3, timeout=0.05)
results = []


def waiter():
    try:
        b.wait()
        results.append("passed")
    except threading.BrokenBarrierError:
        results.append("broken")


t = threading.Thread(target=waiter)
t.start()
t.join()
print("timeout:", results, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), isinstance(e, RuntimeError))
b.reset()
print("after reset:", b.broken, b.n_waiting)

# abort() wakes the waiters with BrokenBarrierError.
b = threading.Barrier(3)
results = []
arrived = threading.Event()


def waiter2():
    arrived.set()
    try:
        b.wait()
        results.append("passed")
    except threading.BrokenBarrierError:
        results.append("broken")


t = threading.Thread(target=waiter2)
t.start()
arrived.wait()
while b.n_waiting < 1:
    t.join(0.001)
print("n_waiting", b.n_waiting)
b.abort()
t.join()
print("abort:", results, b.broken)

# reset() while a thread waits: it gets BrokenBarrierError, and the barrier
# is usable again afterwards.
b = threading.Barrier(2)
results = []
t = threading.Thread(target=waiter2)
arrived.clear()
t.start()
arrived.wait()
while b.n_waiting < 1:
    t.join(0.001)
b.reset()
t.join()
print("reset:", results, b.broken, b.n_waiting)
t = threading.Thread(target=waiter2)
t.start()
print("index", b.wait() in (0, 1))
t.join()
print("reused:", results)

# A failing action breaks the barrier; the last arrival gets the exception.
b = threading.Barrier(2, action=lambda: 1 / 0)
results = []
t = threading.Thread(target=waiter2)
t.start()
while b.n_waiting < 1:
    t.join(0.001)
try:
    b.wait()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
t.join()
print("action failed:", results, b.broken)
b1 = threading.Barrier(1)
print([b1.wait() for _ in range(3)])
