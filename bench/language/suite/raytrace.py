# A small ray tracer: vector classes with operator dunders, spheres, a light.
import math

class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))

class Sphere:
    def __init__(self, center, radius, color):
        self.center = center
        self.radius = radius
        self.color = color
    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

scene = [Sphere(Vec(0, -1, 3), 1, 0.9), Sphere(Vec(2, 0, 4), 1, 0.6), Sphere(Vec(-2, 0, 4), 1, 0.7), Sphere(Vec(0, -5001, 0), 5000, 0.4)]
light = Vec(2, 5, -1).norm()

def trace(origin, direction):
    nearest, hit = float("inf"), None
    for s in scene:
        t = s.hit(origin, direction)
        if t is not None and t < nearest:
            nearest, hit = t, s
    if hit is None:
        return 0.1
    p = origin + direction * nearest
    normal = (p - hit.center).norm()
    shade = max(0.0, normal.dot(light))
    for s in scene:
        if s is not hit and s.hit(p, light) is not None:
            shade *= 0.3
            break
    return hit.color * (0.2 + 0.8 * shade)

W, H = 160, 120
eye = Vec(0, 0, -1)
total = 0.0
for j in range(H):
    for i in range(W):
        d = Vec((i - W / 2) / W, (H / 2 - j) / H, 1).norm()
        total += trace(eye, d)
print(round(total, 6))
