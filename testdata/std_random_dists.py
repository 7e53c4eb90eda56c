# random: real-valued distributions and choices, bit for bit.
import random

r = random.Random(314159)
print(r.uniform(1, 10), r.uniform(2.5, -1.0), r.uniform(0, 2**70))
print(r.triangular(), r.triangular(0, 10, 3), r.triangular(5, 5, 5), r.triangular(1, 2))
print([r.gauss() for _ in range(5)])
print(r.gauss(5, 2), r.gauss(mu=1.0, sigma=0.1))
print([r.normalvariate() for _ in range(3)], r.normalvariate(10, 3))
print(r.expovariate(1.5), r.expovariate(0.1), r.lognormvariate(0, 1))
print(r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0), r.vonmisesvariate(3, 50))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1.5))
print(r.betavariate(2, 3), r.betavariate(0.3, 0.3))
print(r.paretovariate(2), r.weibullvariate(1, 1.5))

# many seeds and parameters
for seed in range(8):
    g = random.Random(seed)
    print(seed, g.gammavariate(0.2 + seed / 3, 1 + seed), g.betavariate(0.5 + seed, 1.5),
          g.vonmisesvariate(seed, seed / 3), g.weibullvariate(seed + 1, 0.5 + seed / 4))

# choices: uniform, weighted, cumulative
r.seed(2718)
print(r.choices("abc", k=6))
print(r.choices("abc", [1, 2, 3], k=6))
print(r.choices("abc", cum_weights=[1, 5, 6], k=6))
print(r.choices(range(10), [0.5] * 10, k=3), r.choices([1, 2], k=0))
print(r.choices(["x"], [3]))

errors = [
    lambda: r.expovariate(0),
    lambda: r.gammavariate(0, 1),
    lambda: r.betavariate(0, 1),
    lambda: r.paretovariate(0),
    lambda: r.weibullvariate(1, 0),
    lambda: r.uniform(1),
    lambda: r.lognormvariate(0),
    lambda: r.choices([1, 2], 3),
    lambda: r.choices([1, 2], [1]),
    lambda: r.choices([1, 2], [0, 0]),
    lambda: r.choices([], []),
    lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]),
    lambda: r.choices([1, 2], [float("inf"), 1]),
    lambda: r.choices([], k=2),
]
for f in errors:
    try:
        print("no error", f())
    except Exception as e:
        print(type(e).__name__, e)
