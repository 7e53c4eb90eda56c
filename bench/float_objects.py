"""Float/object workload: many small particle objects with float fields.

A deterministic generator (a Lehmer linear congruential generator written
here) creates n Particle objects with float coordinates; each is normalized
to unit length, scaled, then the component-wise maximum and the centroid
are folded over the whole population.  This is repeated a few rounds.  The
work is object allocation, attribute reads and writes, method calls and
float arithmetic (only +, -, *, / and sqrt, so results are reproducible).

Checksum: the final maximum vector and centroid, printed with repr.
"""

import sys
import math


class Lcg:
    """The Park-Miller "minimal standard" Lehmer generator: state * 48271 mod
    2**31 - 1.  Products stay below 2**47, so no big ints are involved."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = self.state * 48271 % 2147483647
        return self.state / 2147483647.0


class Particle:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        length = self.norm()
        if length > 0.0:
            self.x /= length
            self.y /= length
            self.z /= length

    def scale(self, k):
        self.x *= k
        self.y *= k
        self.z *= k

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def __repr__(self):
        return "<%r, %r, %r>" % (self.x, self.y, self.z)


def make_particles(rng, n):
    particles = []
    for i in range(n):
        a = rng.next_float() * 2.0 - 1.0
        b = rng.next_float() * 2.0 - 1.0
        particles.append(Particle(a, b * 3.0, a * a / 2.0 + b))
    return particles


def fold(particles):
    best = Particle(particles[0].x, particles[0].y, particles[0].z)
    sx = sy = sz = 0.0
    for p in particles:
        best.maximize(p)
        sx += p.x
        sy += p.y
        sz += p.z
    n = len(particles)
    return best, Particle(sx / n, sy / n, sz / n)


def round_of(rng, n, k):
    particles = make_particles(rng, n)
    for p in particles:
        p.normalize()
        p.scale(k)
    return fold(particles)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    rng = Lcg(20261126)
    best = Particle(-1e300, -1e300, -1e300)
    centroid = Particle(0.0, 0.0, 0.0)
    rounds = 5
    for r in range(rounds):
        top, mid = round_of(rng, n, 1.0 + r / 10.0)
        best.maximize(top)
        centroid.x += mid.x / rounds
        centroid.y += mid.y / rounds
        centroid.z += mid.z / rounds
    print("float_objects: %d particles x %d rounds" % (n, rounds))
    print("float_objects: max %r" % best)
    print("float_objects: centroid %r" % centroid)


main()
