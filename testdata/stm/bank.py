"""Bank: a conserved sum under concurrent transfers, audited while it runs.

ACCOUNTS accounts start with the same balance. UNITS streams of SIZE
transfers (dealt over THREADS threads) each move a pseudo-random amount
between two pseudo-random accounts inside `with atomic:`, counting the
transfer in both accounts and in the bank. Overdrafts are allowed, so every
transfer happens and the final balances do not depend on the order.

Auditor threads (one per two transfer threads, at least one) repeatedly
sum every balance and every per-account count inside one `with atomic:`:
the money must always add up to the opening total, and the account counts
to twice the bank's count. An atomic block that saw some of a transfer but
not the rest (a missing isolation or opacity), or a transfer half rolled
back, shows up as a failed audit. Half the transfers also read the balances
they move between, so the write sets depend on reads.

Usage: bank.py [THREADS] [SIZE]
"""

from imp_helper_stm import (UNITS, Rng, args, atomic, expect, fail, failed, finish,
                        run_threads, units_of)

THREADS, SIZE = args(1500)
ACCOUNTS = 97
OPENING = 1000
TOTAL = ACCOUNTS * OPENING


class Account:
    def __init__(self):
        self.balance = OPENING
        self.transfers = 0


class Bank:
    def __init__(self):
        self.accounts = [Account() for _ in range(ACCOUNTS)]
        self.transfers = 0
        self.streams_left = UNITS


bank = Bank()


def transfer_stream(unit):
    rng = Rng(unit * 104729 + 17)
    accounts = bank.accounts
    for i in range(SIZE):
        src = accounts[rng.below(ACCOUNTS)]
        dst = accounts[rng.below(ACCOUNTS)]
        amount = rng.below(50) + 1
        with atomic:
            if i % 2 and src.balance < amount:
                # A decision on a read: pay what there is, the rest later.
                part = max(src.balance, 0)
                src.balance -= part
                dst.balance += part
                amount -= part
            src.balance -= amount
            dst.balance += amount
            src.transfers += 1
            dst.transfers += 1
            bank.transfers += 1
    with atomic:
        bank.streams_left -= 1


def audit():
    with atomic:
        money = 0
        counted = 0
        for a in bank.accounts:
            money += a.balance
            counted += a.transfers
        transfers = bank.transfers
    if money != TOTAL:
        fail("audit: total %d, want %d" % (money, TOTAL))
    if counted != 2 * transfers:
        fail("audit: accounts count %d transfers, bank %d (want twice)" % (counted, transfers))


def transferer(thread):
    def run():
        for unit in units_of(thread, THREADS):
            transfer_stream(unit)
    return run


def auditor():
    while True:
        audit()  # at least once, even if the transfers are already over
        with atomic:
            done = bank.streams_left == 0 or failed()
        if done:
            return


auditors = max(1, THREADS // 2)
run_threads([transferer(t) for t in range(THREADS)] + [auditor] * auditors)
audit()

balances = [a.balance for a in bank.accounts]
expect("bank.transfers", bank.transfers, UNITS * SIZE)
expect("sum(balances)", sum(balances), TOTAL)
finish()

checksum = 0
for b in balances:
    checksum = (checksum * 31 + b) % 2147483647
print("total", sum(balances), "transfers", bank.transfers)
print("min", min(balances), "max", max(balances), "checksum", checksum)
print("touched", sum(a.transfers for a in bank.accounts))
