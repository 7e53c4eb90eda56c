package builtins_test

import (
	"testing"
	"time"

	"atompy.dev/atompy/interp/compile"
	"atompy.dev/atompy/interp/object"
)

// A guest thread blocked on a lock, queue, event, condition or join must
// end its transaction while it waits: with the global-lock backend a
// waiter that kept the lock would stop every other thread. Each program
// below parks thread A in a blocking call that only thread B can end, and
// B can end it only after counting to N, i.e. only if it runs while A
// waits. A program that does not finish within the deadline means a
// blocking call kept the transaction.
var blockingCases = []struct {
	name string
	src  string
	want string // repr of the program's global `result`
}{
	{"queue get", `
import queue, threading
q = queue.Queue()
got = []
a = threading.Thread(target=lambda: got.append(q.get()))
a.start()
def count():
    n = 0
    for i in range(N):
        n += 1
    q.put(n)
b = threading.Thread(target=count)
b.start()
b.join()
a.join()
result = (got, a.is_alive())
`, "([20000], False)"},
	{"lock acquire", `
import threading
lock = threading.Lock()
lock.acquire()
order = []
def blocked():
    with lock:
        order.append("a")
a = threading.Thread(target=blocked)
a.start()
def count():
    n = 0
    for i in range(N):
        n += 1
    order.append(n)
b = threading.Thread(target=count)
b.start()
b.join()
lock.release()
a.join()
result = order
`, "[20000, 'a']"},
	{"event wait", `
import threading
ev = threading.Event()
seen = []
a = threading.Thread(target=lambda: seen.append(ev.wait()))
a.start()
def count():
    n = 0
    for i in range(N):
        n += 1
    seen.append(n)
    ev.set()
b = threading.Thread(target=count)
b.start()
a.join()
b.join()
result = seen
`, "[20000, True]"},
	{"condition wait", `
import threading
cond = threading.Condition()
box = []
def consumer():
    with cond:
        cond.wait_for(lambda: box)
        box.append("woken")
a = threading.Thread(target=consumer)
a.start()
def count():
    n = 0
    for i in range(N):
        n += 1
    with cond:
        box.append(n)
        cond.notify()
b = threading.Thread(target=count)
b.start()
a.join()
b.join()
result = box
`, "[20000, 'woken']"},
	{"join and semaphore", `
import threading
sem = threading.Semaphore(0)
def waiter():
    sem.acquire()
a = threading.Thread(target=waiter)
a.start()
joined = []
j = threading.Thread(target=lambda: joined.append(a.join()))
j.start()
def count():
    n = 0
    for i in range(N):
        n += 1
    joined.append(n)
    sem.release()
b = threading.Thread(target=count)
b.start()
j.join()
b.join()
result = joined
`, "[20000, None]"},
	{"simple queue between many threads", `
import queue, threading
q = queue.SimpleQueue()
out = queue.SimpleQueue()
def relay():
    out.put(q.get() + 1)
relays = [threading.Thread(target=relay) for _ in range(8)]
for r in relays:
    r.start()
def count():
    n = 0
    for i in range(N):
        n += 1
    for _ in relays:
        q.put(n)
b = threading.Thread(target=count)
b.start()
for r in relays:
    r.join()
b.join()
result = sorted(out.get() for _ in relays)
`, "[20001, 20001, 20001, 20001, 20001, 20001, 20001, 20001]"},
}

func TestBlockedThreadLetsOthersRun(t *testing.T) {
	v, th := builtinsTestVM(t)
	v.SetCompiler(compile.Compile)
	for _, c := range blockingCases {
		code, err := compile.Compile("<"+c.name+">", []byte("N = 20000\n"+c.src))
		if err != nil {
			t.Fatalf("%s: compile: %v", c.name, err)
		}
		globals := object.NewDict(th)
		object.DictSetStr(th, globals, "__builtins__", v.Builtins)
		done := make(chan error, 1)
		go func() {
			_, err := v.Main.RunCode(code, globals)
			done <- err
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: did not finish within 20s: a blocked thread keeps the others from running", c.name)
		}
		result, ok := object.DictGetStr(th, globals, "result")
		if !ok {
			t.Fatalf("%s: no result", c.name)
		}
		got, err := object.Repr(th, result)
		if err != nil {
			t.Fatalf("%s: repr: %v", c.name, err)
		}
		if got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
