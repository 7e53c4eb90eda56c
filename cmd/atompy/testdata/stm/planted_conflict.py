# A planted conflict for the abort report tests: two threads increment the
# same attribute of one Tally inside long atomic blocks until one of them
# has seen an abort (or 500 rounds pass: on the global lock there is none).
import threading
from pypystm import atomic, last_abort_info


class Tally:
    def __init__(self):
        self.hits = 0


tally = Tally()
seen = []
stop = [False]


def spin(n):
    s = 0
    for i in range(n):
        s += i
    return s


def worker():
    for _ in range(500):
        if stop[0]:
            break
        with atomic:
            tally.hits += 1          # the conflicting write
            spin(2000)
        info = last_abort_info()
        if info is not None:
            seen.append(info)
            stop[0] = True


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if seen:
    kind, lost, where, other_where, obj, other = seen[0]
    print("conflict", kind, type(lost).__name__, obj)
    print("where", where)
else:
    print("no conflict")
