# threading: Condition, Event, Semaphore, BoundedSemaphore and RLock:
# handshakes between threads and the error messages of misuse.
import threading

# Ping-pong through a Condition: the two threads strictly alternate.
cond = threading.Condition()
turn = ["ping"]
log = []


def player(me, other, rounds):
    for i in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append("%s%d" % (me, i))
            turn[0] = other
            cond.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 5))
b = threading.Thread(target=player, args=("pong", "ping", 5))
b.start()
a.start()
a.join()
b.join()
print(log)

# notify(n) wakes at most n waiters; the rest stay until notify_all.
cond = threading.Condition(threading.Lock())
ready = [0]
woken = []
go = threading.Event()


def sleeper(k):
    with cond:
        ready[0] += 1
        if ready[0] == 4:
            go.set()
        cond.wait()
        woken.append(k)


sleepers = [threading.Thread(target=sleeper, args=(k,)) for k in range(4)]
for t in sleepers:
    t.start()
go.wait()
with cond:
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
    sleepers[0].join(0.001)
with cond:
    print("after notify(2):", len(woken))
    cond.notify_all()
for t in sleepers:
    t.join()
print("after notify_all:", sorted(woken))

# Condition timeouts and misuse.
c = threading.Condition()
with c:
    print("wait timeout:", c.wait(0.01), c.wait(0))
    print("wait_for timeout:", c.wait_for(lambda: False, 0.01))
    print("wait_for true:", c.wait_for(lambda: 42))
for f in (c.wait, c.notify, c.notify_all):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
print("with returns", c.__enter__(), c.__exit__(None, None, None))

# Event: a gate opened by another thread.
ev = threading.Event()
print("event", ev.is_set(), ev.wait(0.01), ev.wait(0))
seen = []
gate = [threading.Thread(target=lambda k=k: seen.append(ev.wait(5) and k)) for k in range(3)]
for t in gate:
    t.start()
ev.set()
for t in gate:
    t.join()
print("gate", sorted(seen), ev.is_set(), ev.wait())
ev.clear()
print("cleared", ev.is_set(), ev.wait(0.001))

# Semaphore bounds the number of threads inside a section.
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    for _ in range(20):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            threading.Event().wait(0.0001)
            with guard:
                inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore peak <= 2:", peak[0] <= 2, "inside", inside[0])

s = threading.Semaphore(0)
print("sem", s.acquire(False), s.acquire(timeout=0.01))
s.release(3)
print("sem", [s.acquire(False) for _ in range(4)])
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
bs.acquire()
bs.acquire()
try:
    bs.release(3)
except ValueError as e:
    print("ValueError", e)
bs.release(2)
print("bounded", bs.acquire(False), bs.acquire(False), bs.acquire(False))

# RLock: reentrancy, ownership and release errors.
r = threading.RLock()
print("rlock", r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
other = []
t = threading.Thread(target=lambda: other.append(r.acquire(timeout=0.01)))
t.start()
t.join()
print("other thread got it:", other)
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
t = threading.Thread(target=lambda: other.append(r.acquire(timeout=1)))
t.start()
t.join()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print("other thread got it:", other, repr(r).startswith("<locked _thread.RLock object owner="))
lk = threading.Lock()
print(repr(lk).startswith("<unlocked _thread.lock object at"), lk.acquire(), lk.locked())

# A Condition over an RLock held twice: wait() drops both levels and
# restores them afterwards.
r = threading.RLock()
c = threading.Condition(r)
flag = []


def setter():
    with c:
        flag.append(1)
        c.notify()


with r:
    with c:
        t = threading.Thread(target=setter)
        t.start()
        print("rlock condition:", c.wait_for(lambda: flag, 5))
    print(repr(r).split(" at ")[0].replace("owner=%d " % threading.get_ident(), "owner=ME "))
t.join()
print(repr(r).split(" at ")[0])
print(repr(threading.Condition()).split(" at ")[0])
try:
    threading.Event().wait("x")
except TypeError as e:
    print("TypeError", e)
