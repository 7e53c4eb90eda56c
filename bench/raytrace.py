"""A small recursive ray tracer.

Vector, Ray, Sphere, Plane, Light and Scene classes render a scene of
reflective spheres over a checkered floor into an in-memory list of pixels
(diffuse and specular shading, shadows, up to three reflections).  The work
is operator overloading (__add__, __sub__, __mul__), small-object
allocation, method calls and float arithmetic.  Only +, -, *, / and sqrt
are used, so the image is bit-for-bit reproducible.

Checksum: a position-weighted sum of all pixel values modulo 2**31 - 1 and
the average brightness.
"""

import sys
import math

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def modulate(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checkered(Material):
    def __init__(self, even, odd, size):
        Material.__init__(self, even, 0.8, 0.2, 0.3)
        self.odd = odd
        self.size = size

    def color_at(self, point):
        cell = int(math.floor(point.x / self.size)) + int(math.floor(point.z / self.size))
        return self.color if cell % 2 == 0 else self.odd


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


def specular_power(x):
    """x**32 by repeated squaring (no pow, so the result is exact IEEE)."""
    for _ in range(5):
        x = x * x
    return x


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest_hit(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest_hit(ray)
        if obj is None:
            return Vector(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        point = point + normal * 1e-4
        material = obj.material
        base = material.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.modulate(light.color) * (lambert * material.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0:
                color = color + light.color * (specular_power(spec) * material.specular)
        if depth < MAX_DEPTH and material.reflect > 0:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth + 1) * material.reflect
        return color


class Camera:
    def __init__(self, eye, target, up, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)

    def ray_for(self, px, py):
        aspect = self.width / self.height
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * aspect
        sy = 1.0 - 2.0 * (py + 0.5) / self.height
        direction = self.forward + self.right * (sx * 0.7) + self.up * (sy * 0.7)
        return Ray(self.eye, direction)


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                               Checkered(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 1.0)))
    scene.objects.append(Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                                Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 0.4)))
    scene.objects.append(Sphere(Vector(-2.2, 0.7, 1.0), 0.7,
                                Material(Vector(0.2, 0.9, 0.3), 0.8, 0.3, 0.2)))
    scene.objects.append(Sphere(Vector(2.0, 0.6, -0.5), 0.6,
                                Material(Vector(0.3, 0.4, 0.95), 0.6, 0.8, 0.6)))
    scene.objects.append(Sphere(Vector(0.8, 0.3, 1.8), 0.3,
                                Material(WHITE, 0.5, 0.9, 0.7)))
    scene.lights.append(Light(Vector(-4.0, 6.0, 5.0), Vector(0.9, 0.9, 0.85)))
    scene.lights.append(Light(Vector(5.0, 4.0, 3.0), Vector(0.3, 0.3, 0.4)))
    return scene


def render(scene, camera):
    pixels = []
    for py in range(camera.height):
        for px in range(camera.width):
            c = scene.trace(camera.ray_for(px, py), 0)
            pixels.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
    return pixels


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 340
    width, height = n, n * 3 // 4
    camera = Camera(Vector(0.0, 2.0, 7.0), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0),
                    width, height)
    pixels = render(build_scene(), camera)
    checksum = 0
    brightness = 0
    for i, (r, g, b) in enumerate(pixels):
        checksum = (checksum * 131 + r * 3 + g * 5 + b * 7 + i) % 2147483647
        brightness += r + g + b
    print("raytrace: %dx%d pixels, checksum %d" % (width, height, checksum))
    print("raytrace: average brightness %.3f" % (brightness / (3 * len(pixels))))


main()
