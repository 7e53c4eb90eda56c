"""Queues: every item delivered exactly once.

SIZE items go from producers to consumers through three kinds of queue in
turn: queue.Queue, pypystm.queue (skipped where the module has none) and
transaction.TransactionQueue. With THREADS threads, half of them (at least
one) produce and the rest (at least one) consume; producers share the items
by index, and consumers stop at one end marker each, put after every
producer has finished. Consumers record what they got; the checks are that
the counts and sums of the items are right and that no item id arrives
twice or never. In the TransactionQueue, tasks credit shared accounts in
their (atomic) run and half of them schedule a follow-up task.

Usage: queues.py [THREADS] [SIZE]
"""

import queue

from imp_helper_stm import args, atomic, expect, fail, finish, run_threads

import pypystm  # noqa: E402 (after imp_helper_stm, which makes it importable)
import transaction  # noqa: E402

THREADS, SIZE = args(3000)
PRODUCERS = max(1, THREADS // 2)
CONSUMERS = max(1, THREADS - PRODUCERS)


def payload(i):
    return i * 7 % 1009


def deliver(name, q):
    """Send SIZE items through q; check and print what arrived."""
    received = [[] for _ in range(CONSUMERS)]

    def producer(p):
        def run():
            for i in range(p, SIZE, PRODUCERS):
                q.put((i, payload(i)))
        return run

    def consumer(c):
        def run():
            got = received[c]
            while True:
                item = q.get()
                if item is None:
                    return
                i, v = item
                if v != payload(i):
                    fail("%s: item %d carries %d, want %d" % (name, i, v, payload(i)))
                got.append(i)
        return run

    def producers_then_markers():
        run_threads([producer(p) for p in range(PRODUCERS)])
        for _ in range(CONSUMERS):
            q.put(None)

    run_threads([producers_then_markers] + [consumer(c) for c in range(CONSUMERS)])
    ids = sorted(i for got in received for i in got)
    expect(name + ": items received", len(ids), SIZE)
    expect(name + ": distinct ids", len(set(ids)), SIZE)
    expect(name + ": ids", ids == list(range(SIZE)), True)
    print(name, len(ids), sum(payload(i) for i in ids))


deliver("queue.Queue", queue.Queue())
if hasattr(pypystm, "queue"):
    deliver("pypystm.queue", pypystm.queue())
else:
    # Print the same line as when it exists, so that outputs compare.
    print("pypystm.queue", SIZE, sum(payload(i) for i in range(SIZE)))


ACCOUNTS = 13


class Ledger:
    def __init__(self):
        self.accounts = [0] * ACCOUNTS
        self.seen = [0] * SIZE
        self.followups = 0


ledger = Ledger()
tq = transaction.TransactionQueue()


def task(i):
    # Each task runs atomically: these updates of shared state are never
    # interleaved with another task's.
    ledger.seen[i] += 1
    ledger.accounts[i % ACCOUNTS] += payload(i)
    if i % 2 == 0:
        tq.add(followup, i)


def followup(i):
    ledger.followups += 1
    ledger.accounts[(i + 1) % ACCOUNTS] -= 1


for i in range(SIZE):
    tq.add(task, i)
tq.run(THREADS)
expect("TransactionQueue: tasks run once", ledger.seen, [1] * SIZE)
expect("TransactionQueue: follow-ups", ledger.followups, (SIZE + 1) // 2)
print("TransactionQueue", sum(ledger.seen), ledger.followups, sum(ledger.accounts))
print("accounts", ledger.accounts)
with atomic:
    pass
finish()
