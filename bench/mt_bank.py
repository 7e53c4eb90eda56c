"""Multithreaded bank: random transfers between accounts, each atomic.

A bank of ACCOUNTS accounts, each an object with a balance and a count of
the transfers that touched it, starts with the same balance everywhere.
THREADS threads (threading.Thread, started together at a
threading.Barrier) run a fixed number of streams of transfers, each stream
with its own Park-Miller generator.  A transfer moves a random amount
between two random accounts inside `with atomic:`; overdrafts are allowed,
so every transfer always happens and the final balances are the same in
any serial order.  Every AUDIT_EVERY transfers a stream audits the whole
bank inside `with atomic:`: the money must add up to the opening total at
every instant, so a lost update or a torn atomic block shows up as a
failed audit.

Usage: mt_bank.py [THREADS] [SIZE]   (SIZE = total number of transfers)

Checksum: the conserved total, the number of audits (all of which must
pass), the sum of the per-account transfer counts (twice the number of
transfers) and a hash of the final balances in account order modulo
2**31 - 1.
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import threading
from pypystm import atomic

ACCOUNTS = 500
OPENING_BALANCE = 1000
STREAMS = 16
AUDIT_EVERY = 2500
MOD = 2147483647


class Account:
    __slots__ = ("balance", "transfers")

    def __init__(self, balance):
        self.balance = balance
        self.transfers = 0


class Bank:
    def __init__(self, accounts, balance):
        self.accounts = [Account(balance) for _ in range(accounts)]
        self.total = accounts * balance

    def transfer(self, source, dest, amount):
        src = self.accounts[source]
        dst = self.accounts[dest]
        src.balance -= amount
        dst.balance += amount
        src.transfers += 1
        dst.transfers += 1

    def audit(self):
        total = 0
        for account in self.accounts:
            total += account.balance
        return total == self.total


def next_random(state):
    return state * 48271 % 2147483647


def run_stream(bank, stream, transfers):
    """Random transfers with periodic audits; returns (audits, failures)."""
    state = 104729 + 7919 * stream
    audits = failures = 0
    for n in range(1, transfers + 1):
        state = next_random(state)
        source = state % ACCOUNTS
        state = next_random(state)
        dest = (source + 1 + state % (ACCOUNTS - 1)) % ACCOUNTS
        state = next_random(state)
        amount = 1 + state % 200
        with atomic:
            bank.transfer(source, dest, amount)
        if n % AUDIT_EVERY == 0:
            with atomic:
                ok = bank.audit()
            audits += 1
            if not ok:
                failures += 1
    return audits, failures


def worker(bank, start, streams, transfers, results):
    start.wait()
    for stream in streams:
        outcome = run_stream(bank, stream, transfers)
        with atomic:
            results[stream] = outcome


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1200000
    transfers = size // STREAMS
    bank = Bank(ACCOUNTS, OPENING_BALANCE)
    results = [None] * STREAMS
    start = threading.Barrier(threads)
    pool = [threading.Thread(target=worker,
                             args=(bank, start, range(t, STREAMS, threads),
                                   transfers, results))
            for t in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()

    audits = sum(r[0] for r in results)
    failures = sum(r[1] for r in results)
    total = 0
    touched = 0
    digest = 0
    for i, account in enumerate(bank.accounts):
        total += account.balance
        touched += account.transfers
        digest = (digest * 31 + account.balance % MOD * (i + 1)) % MOD
    print("bank: %d accounts, %d transfers in %d streams"
          % (ACCOUNTS, transfers * STREAMS, STREAMS))
    print("total:", total, "(opening %d)" % bank.total)
    print("audits: %d, failed: %d" % (audits, failures))
    print("account transfer count:", touched)
    print("checksum:", digest)
    if total != bank.total or failures or touched != 2 * transfers * STREAMS:
        print("ERROR: money was created or destroyed")
        sys.exit(1)


main()
