# threading: an uncaught exception in a thread is reported on stderr
# ("Exception in thread NAME:" and the traceback) and the program goes on
# with exit code 0; SystemExit is silent; threading.excepthook can be
# replaced. Stdout does not depend on the report.
import sys
import threading


def fail(n):
    raise ValueError("boom %d" % n)


t = threading.Thread(target=fail, args=(1,), name="failing")
t.start()
t.join()
print("main goes on", t.is_alive())

t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("SystemExit in a thread is silent")

hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=fail, args=(2,), name="hooked")
t.start()
t.join()
print(hooked)


def bad_hook(args):
    raise KeyError("in hook")


threading.excepthook = bad_hook
t = threading.Thread(target=fail, args=(3,), name="bad-hook")
t.start()
t.join()
print("after bad hook")
threading.excepthook = threading.__excepthook__


class Broken(threading.Thread):
    def run(self):
        raise RuntimeError("from run")


b = Broken(name="broken-run")
b.start()
b.join()
print("done", threading.active_count())

a = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(repr(a), len(a), a[0], a.exc_value, a.exc_traceback, a.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError", e)
threading.excepthook(a)

# The last report on stderr is this one.
t = threading.Thread(target=fail, args=(4,), name="last")
t.start()
t.join()
