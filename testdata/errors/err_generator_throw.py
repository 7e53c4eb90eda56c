# gen.throw() with an exception the generator does not handle.
def worker():
    while True:
        item = yield
        print("work", item)

w = worker()
next(w)
w.send("a")
w.throw(ValueError("stop working"))
