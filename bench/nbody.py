"""N-body simulation of the Sun and the four giant planets.

Bodies are objects with float position, velocity and mass attributes; each
step computes all pairwise gravitational interactions (symplectic Euler),
so the workload is float arithmetic, attribute access and nested loops.
Only +, -, *, / and sqrt are used, so results are bit-for-bit reproducible.

Checksum: the total energy of the system before and after the simulation,
printed with nine decimals.
"""

import sys
import math

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.x, self.y, self.z = pos
        self.vx = vel[0] * DAYS_PER_YEAR
        self.vy = vel[1] * DAYS_PER_YEAR
        self.vz = vel[2] * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS

    def kinetic_energy(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy + self.vz * self.vz)

    def distance_to(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        dz = self.z - other.z
        return math.sqrt(dx * dx + dy * dy + dz * dz)


def make_system():
    return [
        Body("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body("jupiter",
             (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
             (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
             9.54791938424326609e-04),
        Body("saturn",
             (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
             (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
             2.85885980666130812e-04),
        Body("uranus",
             (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
             (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
             4.36624404335156298e-05),
        Body("neptune",
             (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
             (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
             5.15138902046611451e-05),
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += b.kinetic_energy()
        for other in bodies[i + 1:]:
            e -= b.mass * other.mass / b.distance_to(other)
    return e


def pairs_of(bodies):
    return [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b.mass * mag
            am = a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for body in bodies:
            body.x += dt * body.vx
            body.y += dt * body.vy
            body.z += dt * body.vz


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    bodies = make_system()
    offset_momentum(bodies)
    print("nbody: energy before %.9f" % energy(bodies))
    advance(bodies, pairs_of(bodies), 0.01, n)
    print("nbody: energy after  %.9f after %d steps" % (energy(bodies), n))
    far = max(bodies, key=lambda b: b.distance_to(bodies[0]))
    print("nbody: farthest from the sun:", far.name)


main()
