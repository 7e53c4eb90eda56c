# random: Mersenne Twister seeding and the core generator methods.
import random

# int seeds use every bit of abs(n); floats seed from their hash
for s in [0, 1, 42, -42, 2**31, 2**32 - 1, 2**32, 2**64 + 5, -(10**40), 3.5, -1.5, True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(7), random.getrandbits(32))

# str/bytes/bytearray seeds: version 2 uses sha512, version 1 the old hash
for s in ["", "hello", "héllo wörld", b"abc"]:
    random.seed(s)
    a = random.random()
    random.seed(s, version=1)
    print(repr(s), a, random.random())
random.seed(bytearray(b"xyz"))
print(random.random())
random.seed(5, version=1)
print(random.random())

# getrandbits with many sizes, including multi-word results
r = random.Random(2024)
print([r.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100]])
print(r.getrandbits(300))
print([r.random() for _ in range(5)])
print(r.randbytes(0), r.randbytes(1), r.randbytes(13))

# the same seed gives the same stream; instances are independent
a, b = random.Random(7), random.Random(7)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(7)
print(random.random() == random.Random(7).random())

# getstate/setstate round trip, including a pending gauss value
r = random.Random(11)
r.gauss()
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], type(st[2]).__name__)
first = [r.random(), r.gauss(), r.getrandbits(40)]
r.setstate(st)
print(first == [r.random(), r.gauss(), r.getrandbits(40)])
r2 = random.Random()
r2.setstate(st)
print(r2.random() == first[0])
print(random.Random(3).getstate()[1][:4])

# unseeded generators work (values differ run to run)
x = random.Random().random()
print(0.0 <= x < 1.0, 0 <= random.random() < 1.0)

errors = [
    lambda: random.seed([1, 2]),
    lambda: random.seed({}),
    lambda: random.seed(bytearray(b"xyz"), version=1),
    lambda: random.getrandbits(-1),
    lambda: random.getrandbits(1.5),
    lambda: random.getrandbits(),
    lambda: random.random(1),
    lambda: random.randbytes(-1),
    lambda: r.setstate((3, (1, 2), None)),
    lambda: r.setstate((9, (1, 2), None)),
    lambda: r.setstate((3, tuple(range(624)) + (625,), None)),
    lambda: r.setstate((3, tuple(range(624)) + (-1,), None)),
    lambda: random.Random(1, 2),
    lambda: random.seed(1, 2, 3),
]
for f in errors:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
