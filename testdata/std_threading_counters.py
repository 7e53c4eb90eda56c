# threading: exact counters under Lock and RLock and bank transfers that
# conserve the total, with 1, 2, 4 and 8 threads. A lost update or a torn
# critical section changes the printed numbers.
import threading

N = 3000


def count_with(lock_factory, nthreads, reentrant):
    lock = lock_factory()
    counter = [0]
    per_thread = {}

    def work(tag):
        mine = 0
        for i in range(N):
            with lock:
                counter[0] += 1
                with lock if reentrant else _null():
                    counter[0] += 1
            mine += 1
        with lock:
            per_thread[tag] = mine

    threads = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter[0], sorted(per_thread.values()), [t.is_alive() for t in threads]


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


for n in (1, 2, 4, 8):
    print("Lock", n, count_with(threading.Lock, n, False))
    print("RLock", n, count_with(threading.RLock, n, True))


def bank(nthreads, accounts=10, transfers=2000):
    balances = [100] * accounts
    locks = [threading.Lock() for _ in range(accounts)]
    done = [0]
    done_lock = threading.Lock()

    def teller(seed):
        x = seed * 7919 + 1
        moved = 0
        for i in range(transfers):
            x = (x * 1103515245 + 12345) % 2147483648
            a = x % accounts
            b = (x // accounts) % accounts
            if a == b:
                continue
            first, second = min(a, b), max(a, b)
            with locks[first]:
                with locks[second]:
                    amount = x % 7
                    if balances[a] >= amount:
                        balances[a] -= amount
                        balances[b] += amount
                        moved += 1
        with done_lock:
            done[0] += 1

    threads = [threading.Thread(target=teller, args=(s,)) for s in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(balances), done[0], min(balances) >= 0


for n in (1, 2, 4, 8):
    print("bank", n, bank(n))

# A counter shared through a class attribute and a Thread subclass.


class Adder(threading.Thread):
    total = 0
    lock = threading.Lock()

    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        for _ in range(self.n):
            with Adder.lock:
                Adder.total += 1


adders = [Adder(500 * (k + 1)) for k in range(4)]
for a in adders:
    a.start()
for a in adders:
    a.join()
print("Adder", Adder.total, sum(500 * (k + 1) for k in range(4)))
