# random: Random instances, subclasses that override the generator, and
# the module-level functions.
import random

print(random.Random, random.Random.VERSION, isinstance(random.Random(1), random.Random))
print(type(random.Random(5)).__name__, random.SystemRandom.__name__)


class Half(random.Random):
    # only random(): integers come from random() (no getrandbits)
    def random(self):
        return 0.5


h = Half(3)
print(h.random(), h.randrange(10), h.choice("abcd"), h.uniform(0, 4), h.randint(1, 100))
l = list(range(6))
h.shuffle(l)
print(l, h.sample(range(10), 3))


class Logged(random.Random):
    # getrandbits(): integer methods go through it
    def getrandbits(self, k):
        print("  bits", k)
        return super().getrandbits(k)


g = Logged(5)
print(g.randrange(100), g.random(), g.choice([1, 2, 3]))
print(g.randbytes(3))


class Fixed(random.Random):
    # _randbelow(): used by choice, shuffle, sample, randrange
    def _randbelow(self, n):
        return n - 1


f = Fixed(1)
print(f.choice("xyz"), f.randrange(5), f.randrange(10, 20, 3), f.sample(range(5), 3))


class Pair(random.Random):
    def __init__(self, a, b):
        super().__init__(a * 1000 + b)
        self.label = f"{a}-{b}"

    def seed(self, a=None, version=2):
        print("  seeding", a)
        super().seed(a, version)


p = Pair(1, 2)
print(p.label, p.random() == random.Random(1002).random())
p.seed(7)
print(p.random() == random.Random(7).random())

# unbound calls through the class
r = random.Random(8)
print(random.Random.random(r) == random.Random(8).random())

# module functions share one hidden instance
random.seed(10)
a = random.random()
random.seed(10)
print(a == random.Random(10).random(), random.random() == a)

# SystemRandom: values from the operating system
s = random.SystemRandom()
x, k, c = s.random(), s.getrandbits(20), s.randrange(10)
print(0 <= x < 1, 0 <= k < 2**20, 0 <= c < 10, len(s.sample(range(100), 5)))
try:
    s.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
