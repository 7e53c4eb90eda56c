# threading.Thread: names, start/join/is_alive, subclassing run(), daemon,
# join with a timeout on a thread blocked on an Event, current_thread,
# enumerate, active_count, Timer and the errors of misuse.
import threading


def target(a, b, c=0):
    out.append((threading.current_thread().name, a + b + c))


out = []
t1 = threading.Thread(target=target, args=(1, 2), kwargs={"c": 3})
t2 = threading.Thread(target=target, args=(4, 5), name="worker")
t3 = threading.Thread(target=lambda: out.append("lambda"))
t4 = threading.Thread()
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name)
print(repr(t1), t1.ident, t1.is_alive(), t1.daemon)
for t in (t1, t2, t3, t4):
    t.start()
for t in (t1, t2, t3, t4):
    t.join()
print(sorted(map(str, out)))
print(repr(t1).split(",")[1].split()[0], t1.is_alive(), type(t1.ident).__name__,
      t1.ident != threading.get_ident(), type(t1.native_id).__name__)

for bad in (t1.start, threading.Thread().join,
            lambda: threading.current_thread().join()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    t1.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name="sq-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


sq = [Squarer(n) for n in range(5)]
for s in sq:
    s.start()
for s in sq:
    s.join()
print([(s.name, s.result) for s in sq])

# join(timeout) returns while the thread is still blocked on an Event.
gate = threading.Event()
blocked = threading.Thread(target=gate.wait, name="blocked")
blocked.start()
blocked.join(0.02)
blocked.join(timeout=-1)
print("still alive:", blocked.is_alive(), "active:", threading.active_count())
names = sorted(t.name for t in threading.enumerate())
print(names)
gate.set()
blocked.join()
print("alive after set:", blocked.is_alive(), threading.active_count())

# current_thread, main_thread, get_ident inside threads.
info = []


def whoami():
    me = threading.current_thread()
    info.append((me.name, me is threading.main_thread(), me.ident == threading.get_ident(),
                 me in threading.enumerate(), me.is_alive()))


t = threading.Thread(target=whoami, name="who")
t.start()
t.join()
print(info)
main = threading.main_thread()
print(main.name, main.is_alive(), main.daemon, main is threading.current_thread(),
      main.ident == threading.get_ident())

# daemon flag and inheritance.
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, d.isDaemon())
d.daemon = False
d.setName("renamed")
print(d.daemon, d.getName())


def spawn_child():
    child = threading.Thread(target=lambda: None)
    flags.append(child.daemon)


flags = []
for dm in (True, False):
    t = threading.Thread(target=spawn_child, daemon=dm)
    t.start()
    t.join()
print(flags)

# Timer: runs after a delay unless cancelled.
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tc = threading.Timer(10, fired.append, args=["never"])
tc.start()
tc.cancel()
tc.join()
print(fired)
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is RuntimeError)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError", e)
