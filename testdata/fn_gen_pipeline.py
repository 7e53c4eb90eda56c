# A pipeline of generators passing values lazily.
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def scaled(src, k):
    for v in src:
        yield v * k
def running_sum(src):
    s = 0
    for v in src:
        s += v
        yield s
pipe = running_sum(scaled(evens(numbers(20)), 3))
print(list(pipe))
def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(windows(range(6), 3)))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
            yield next(ib)
        except StopIteration:
            return
print(list(interleave("abc", "12345")))
