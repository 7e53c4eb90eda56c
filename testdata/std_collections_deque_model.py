# deque against a list model: pseudo-random operations (a fixed LCG) that
# wrap the ring, grow and shrink it, rotate, insert and delete in the middle.
from collections import deque

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def check(d, model, maxlen=None):
    if list(d) != model or len(d) != len(model):
        print("MISMATCH", list(d), model)
        raise SystemExit(1)
    if maxlen is not None and len(d) > maxlen:
        print("TOO LONG")


for maxlen in [None, 5, 17]:
    d = deque(maxlen=maxlen)
    model = []
    ops = 0
    for step in range(3000):
        op = rand(12)
        x = rand(1000)
        if op in (0, 1, 2):
            d.append(x)
            model.append(x)
            if maxlen is not None and len(model) > maxlen:
                del model[0]
        elif op in (3, 4):
            d.appendleft(x)
            model.insert(0, x)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 5 and model:
            assert d.pop() == model.pop()
        elif op == 6 and model:
            assert d.popleft() == model.pop(0)
        elif op == 7:
            k = rand(7) - 3
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[len(model) - k:] + model[:len(model) - k]
        elif op == 8 and model:
            i = rand(len(model))
            del d[i]
            del model[i]
        elif op == 9 and model:
            i = rand(len(model))
            d[i] = -x
            model[i] = -x
        elif op == 10 and (maxlen is None or len(model) < maxlen):
            i = rand(len(model) + 1)
            d.insert(i, x)
            model.insert(i, x)
        elif op == 11 and step % 50 == 0:
            n = rand(40)
            for _ in range(n):
                d.append(x)
                model.append(x)
            if maxlen is not None:
                model = model[-maxlen:]
        check(d, model, maxlen)
        ops += 1
        if step % 600 == 0:
            print(maxlen, step, len(d), sum(d), d[0] if d else None, d[-1] if d else None)
    print("done", maxlen, ops, len(d), sum(d), list(reversed(d))[:5])

# Growing large, then draining from the left keeps working.
d = deque()
for i in range(5000):
    d.append(i)
total = 0
while len(d) > 3:
    total += d.popleft()
print(total, d, d[1], d.index(4998))
