# transaction: the first exception cancels the calls not yet run and is
# raised again by run(); recursive run() and run() inside atomic raise
# TransactionError; later runs start clean.
import sys
sys.path.insert(0, "../bench/shim") if sys.implementation.name != "atompy" else None
import transaction
from pypystm import atomic, is_atomic

ran = []


class Boom(Exception):
    pass


def step(i):
    ran.append(i)
    if i == 5:
        raise Boom("call %d failed" % i)


for n in (1, 2, 4, 8):
    transaction.set_num_threads(n)
    del ran[:]
    for i in range(6):
        transaction.add(step, i)
    try:
        transaction.run()
        print("no error?")
    except Boom as e:
        print(n, "threads: Boom", e, 5 in ran, len(ran), is_atomic())

# One thread runs calls in the order added: the calls after the failing one
# are cancelled, and do not run in the next run() either.
transaction.set_num_threads(1)
del ran[:]
for i in range(3, 10):
    transaction.add(step, i)
try:
    transaction.run()
except Boom as e:
    print("Boom", e, ran)
del ran[:]
transaction.run()
print("after cancel", ran)


def adds_then_fails():
    transaction.add(step, 100)
    raise KeyError("added but failed")


transaction.add(adds_then_fails)
try:
    transaction.run()
except KeyError as e:
    print("KeyError", e, 100 in ran)


def recurse():
    transaction.run()


transaction.add(recurse)
try:
    transaction.run()
except transaction.TransactionError as e:
    print("TransactionError", e)

tq = transaction.TransactionQueue()
tq.add(step, 1)
with atomic:
    try:
        tq.run()
    except transaction.TransactionError as e:
        print("TransactionError", e)
tq.run()
print("queued call kept", ran[-1])


def raises_system_exit():
    raise SystemExit(3)


transaction.add(raises_system_exit)
try:
    transaction.run()
except SystemExit as e:
    print("SystemExit", e.code)
transaction.add(int, "x")
try:
    transaction.run()
except ValueError as e:
    print("ValueError", e)
