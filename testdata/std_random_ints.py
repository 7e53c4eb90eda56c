# random: randrange, randint, choice, shuffle and sample, draw for draw.
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 100, 7) for _ in range(5)])
print([random.randrange(50, 0, -3) for _ in range(5)])
print(random.randrange(10**30), random.randrange(-10**20, 10**20, 3))
print(random.randint(-2**70, 2**70), random.randrange(1, 2))

for seed in range(5):
    r = random.Random(seed)
    l = list(range(12))
    r.shuffle(l)
    print(seed, l, r.choice("abcdef"), r.choice(range(1000)), r.choice((1, 2, 3)))

r = random.Random(99)
words = ["apple", "pear", "fig", "kiwi"]
r.shuffle(words)
print(words)
d = {0: "zero", 1: "one", 2: "two"}
print(r.choice(d))

# sample: small populations are copied, large ones tracked in a set
print(r.sample(range(100), 10))
print(r.sample(range(10**6), 8))
print(r.sample(range(30), 6), r.sample(range(300), 6), r.sample(range(120), 40))
print(r.sample("abcdefgh", 3), r.sample((1, 2, 3), 3), r.sample([5], 0))
print(r.sample(["a", "b", "c"], 5, counts=[3, 2, 1]))
print(r.sample(range(4), k=3, counts=[0, 5, 0, 2]))

ba = bytearray(b"abcdef")
r.shuffle(ba)
print(ba)

errors = [
    lambda: random.randrange(0),
    lambda: random.randrange(3, 3),
    lambda: random.randrange(10, 0),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(5, 10, -1),
    lambda: random.randrange(1.5),
    lambda: random.randrange(1, 2.5),
    lambda: random.randrange(1, 5, 1.5),
    lambda: random.randrange("3"),
    lambda: random.randrange(5, step=2),
    lambda: random.randint(1),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.choice(5),
    lambda: random.shuffle((1, 2)),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[1.0, 2]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.sample([1, 2], 5, counts=[1, 1]),
    lambda: random.sample([1, 2]),
]
for f in errors:
    try:
        print("no error", f())
    except Exception as e:
        print(type(e).__name__, e)
