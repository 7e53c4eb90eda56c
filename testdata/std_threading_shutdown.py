# threading: the program ends only when every non-daemon thread has
# finished (threading._shutdown), including threads started by threads
# during shutdown; a daemon thread blocked forever does not keep it alive.
import threading

release = threading.Event()
never = threading.Event()
lock = threading.Lock()
log = []


def say(msg):
    with lock:
        log.append(msg)
        print(msg)


def grandchild():
    release.wait()
    say("grandchild finished")


def worker():
    release.wait()
    say("worker woke")
    g = threading.Thread(target=grandchild)
    g.start()


daemon = threading.Thread(target=never.wait, daemon=True, name="forever")
daemon.start()
w = threading.Thread(target=worker)
w.start()
print("daemon alive:", daemon.is_alive(), "worker alive:", w.is_alive())
print(sorted(t.name for t in threading.enumerate()))
say("main done")
release.set()
