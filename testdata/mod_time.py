# time module: only deterministic properties of time(), perf_counter() and sleep().
import time
t = time.time()
print(type(t).__name__, t > 1_600_000_000)
p1 = time.perf_counter()
time.sleep(0.01)
p2 = time.perf_counter()
print(p2 > p1, p2 - p1 >= 0.009, p2 - p1 < 5)
time.sleep(0)
print(time.time() >= t)
print(type(time.perf_counter()).__name__)
