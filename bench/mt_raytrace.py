"""Multithreaded ray tracer, one image column per transaction.

A scene of four spheres over a checkered floor plane, lit by two point
lights, with Lambert shading, hard shadows and two levels of mirror
reflection.  Vectors are tuples handled by small functions.  Every image
column is one call added to a transaction.TransactionQueue; run() spreads
the columns over THREADS threads and every call runs atomically, so under
pypy-stm the columns are transactions that conflict only when they publish
their column into its own slot of the result list.  Only + - * / and sqrt
are used, so the image is bit-for-bit reproducible.

Usage: mt_raytrace.py [THREADS] [SIZE]   (SIZE = image width and height)

Checksum: the sum of all 8-bit colour channels, the number of pixels that
see the sky, and a position-weighted sum of the channels modulo 2**31 - 1,
computed after run() in column order.
"""

import sys
if sys.implementation.name != "atompy":
    sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shim")

import math
import transaction

MOD = 2147483647
FAR = 1e30
EPS = 1e-7
MAX_BOUNCES = 2
SKY = (0.45, 0.6, 0.85)


def add(a, b):
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a, k):
    return (a[0] * k, a[1] * k, a[2] * k)


def mul(a, b):
    return (a[0] * b[0], a[1] * b[1], a[2] * b[2])


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def unit(a):
    return scale(a, 1.0 / math.sqrt(dot(a, a)))


class Sphere:
    def __init__(self, center, radius, color, mirror):
        self.center = center
        self.radius2 = radius * radius
        self.color = color
        self.mirror = mirror

    def hit(self, origin, direction):
        """Distance along the (unit) ray to the nearest hit, or FAR."""
        oc = sub(origin, self.center)
        b = dot(oc, direction)
        disc = b * b - dot(oc, oc) + self.radius2
        if disc < 0.0:
            return FAR
        root = math.sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return FAR

    def normal(self, point):
        return unit(sub(point, self.center))

    def color_at(self, point):
        return self.color


class Floor:
    """The plane y = 0, checkered in unit squares."""
    mirror = 0.15

    def hit(self, origin, direction):
        if -EPS < direction[1] < EPS:
            return FAR
        t = -origin[1] / direction[1]
        if t > EPS:
            return t
        return FAR

    def normal(self, point):
        return (0.0, 1.0, 0.0)

    def color_at(self, point):
        if (int(point[0] + 1000.0) + int(point[2] + 1000.0)) % 2 == 0:
            return (0.9, 0.9, 0.9)
        return (0.15, 0.15, 0.2)


OBJECTS = [
    Floor(),
    Sphere((0.0, 1.0, 6.0), 1.0, (0.9, 0.2, 0.2), 0.3),
    Sphere((-2.2, 0.7, 7.0), 0.7, (0.2, 0.8, 0.3), 0.1),
    Sphere((2.0, 1.3, 8.0), 1.3, (0.3, 0.4, 0.95), 0.5),
    Sphere((0.8, 0.35, 4.3), 0.35, (0.95, 0.85, 0.2), 0.0),
]
LIGHTS = [((-4.0, 6.0, 1.0), 0.8), ((5.0, 4.0, 3.0), 0.5)]
AMBIENT = 0.12


def nearest(origin, direction):
    best = FAR
    found = None
    for obj in OBJECTS:
        t = obj.hit(origin, direction)
        if t < best:
            best = t
            found = obj
    return found, best


def in_shadow(point, light_pos):
    to_light = sub(light_pos, point)
    dist2 = dot(to_light, to_light)
    direction = scale(to_light, 1.0 / math.sqrt(dist2))
    for obj in OBJECTS:
        t = obj.hit(point, direction)
        if t < FAR and t * t < dist2:
            return True
    return False


def trace(origin, direction, depth):
    """Colour seen along a ray; the second result says if it was sky."""
    obj, t = nearest(origin, direction)
    if obj is None:
        return SKY, True
    point = add(origin, scale(direction, t))
    normal = obj.normal(point)
    point = add(point, scale(normal, 1e-4))
    light = AMBIENT
    for pos, strength in LIGHTS:
        lambert = dot(normal, unit(sub(pos, point)))
        if lambert > 0.0 and not in_shadow(point, pos):
            light += lambert * strength
    color = scale(obj.color_at(point), light)
    if depth < MAX_BOUNCES and obj.mirror > 0.0:
        bounce = sub(direction, scale(normal, 2.0 * dot(direction, normal)))
        seen, _ = trace(point, bounce, depth + 1)
        color = add(scale(color, 1.0 - obj.mirror), scale(seen, obj.mirror))
    return color, False


def channel(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def render_column(x, size, results):
    eye = (0.0, 1.6, -1.0)
    px = (x - size / 2.0) / size
    column = []
    sky = 0
    for y in range(size):
        py = (size / 2.0 - y) / size
        direction = unit((px, py - 0.12, 1.0))
        color, is_sky = trace(eye, direction, 0)
        if is_sky:
            sky += 1
        r, g, b = color
        column.append((channel(r), channel(g), channel(b)))
    results[x] = (column, sky)


def render(threads, size):
    results = [None] * size
    tq = transaction.TransactionQueue()
    for x in range(size):
        tq.add(render_column, x, size, results)
    tq.run(threads)
    return results


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 384
    columns = render(threads, size)
    total = 0
    sky = 0
    weighted = 0
    for x, (column, column_sky) in enumerate(columns):
        sky += column_sky
        for y, (r, g, b) in enumerate(column):
            total += r + g + b
            weighted = (weighted * 31 + r * 3 + g * 5 + b * 7 + x * y) % MOD
    print("raytrace %dx%d" % (size, size))
    print("channel sum:", total)
    print("sky pixels:", sky)
    print("checksum:", weighted)


main()
