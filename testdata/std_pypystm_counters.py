# pypystm.atomic makes a read-compute-write a single transaction: counters
# and transfers updated inside `with atomic:` by 1, 2, 4 and 8 threads,
# with no lock, come out exact. The loops and hint_commit_soon() calls
# inside each block are break points that a torn block would commit at
# (hint_commit_soon() does nothing inside atomic).
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
import _thread
from pypystm import atomic, hint_commit_soon, is_atomic

counter = [0]
accounts = list(range(100, 116))  # 16 accounts
depths = []


def slow_increment(k):
    with atomic:
        v = counter[0]
        for spin in range(k % 5):
            hint_commit_soon()  # no-op inside atomic
        counter[0] = v + 1


def transfer(seed):
    with atomic:
        a = seed % len(accounts)
        b = (seed * 7 + 3) % len(accounts)
        amount = seed % 13
        src = accounts[a]
        for spin in range(2):
            hint_commit_soon()
        accounts[a] = src - amount
        dst = accounts[b]
        accounts[b] = dst + amount


def worker(tid, n, done):
    for k in range(n):
        slow_increment(k)
        transfer(tid * 1000 + k)
        if k % 50 == 0:
            with atomic:
                with atomic:
                    depths.append(is_atomic())
    done.release()


def run(nthreads, n):
    counter[0] = 0
    del depths[:]
    before = sum(accounts)
    locks = []
    for tid in range(nthreads):
        done = _thread.allocate_lock()
        done.acquire()
        locks.append(done)
        _thread.start_new_thread(worker, (tid, n, done))
    for done in locks:
        done.acquire()
    print(nthreads, "threads:", counter[0], "==", nthreads * n,
          "sum kept:", sum(accounts) == before, "depths:", sorted(set(depths)), len(depths))


for nthreads in (1, 2, 4, 8):
    run(nthreads, 300)
print("final accounts sum", sum(accounts))
