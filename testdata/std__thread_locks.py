# _thread: lock acquire/release across threads (a lock released by a
# thread other than its acquirer), timeouts, context manager, _count,
# get_ident, exit and the argument errors.
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.acquire(timeout=0.5), lock.locked())
print(lock.acquire(True, 0), lock.acquire(blocking=False), lock.acquire(timeout=0.01))

# Another thread releases the lock we hold; we wait for it with acquire.
done = _thread.allocate_lock()
done.acquire()
idents = []


def releaser(n):
    idents.append(_thread.get_ident())
    lock.release()
    done.release()


_thread.start_new_thread(releaser, (1,))
done.acquire()
print("released by another thread:", lock.locked(), idents[0] != _thread.get_ident())

with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

# Threads hand a token around a ring of locks: strict order.
n = 5
ring = [_thread.allocate_lock() for _ in range(n)]
for l in ring:
    l.acquire()
order = []
finished = _thread.allocate_lock()
finished.acquire()


def member(k, rounds):
    for r in range(rounds):
        ring[k].acquire()
        order.append(k)
        if k == n - 1 and r == rounds - 1:
            finished.release()
        else:
            ring[(k + 1) % n].release()


for k in range(n):
    _thread.start_new_thread(member, (k, 3))
ring[0].release()
finished.acquire()
print(order)


def quitter():
    _thread.exit()


_thread.start_new_thread(quitter, ())
time.sleep(0.01)
print("exit is quiet")
print(_thread.TIMEOUT_MAX > 1e6, isinstance(_thread.get_ident(), int), _thread._count() >= 0)
for bad in (lambda: _thread.start_new_thread(1, ()),
            lambda: _thread.start_new_thread(quitter, (), []),
            lambda: _thread.start_new_thread(quitter),
            lambda: lock.acquire(timeout="x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for bad in (lambda: lock.acquire(timeout=-5), lambda: lock.acquire(False, 0.5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    lock.acquire(timeout=1e12)
except OverflowError as e:
    print("OverflowError", e)
