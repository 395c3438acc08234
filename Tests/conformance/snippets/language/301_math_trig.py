import math
print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10))
print(math.atan(1) * 4 == math.pi, math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.atan2(1, 1))
