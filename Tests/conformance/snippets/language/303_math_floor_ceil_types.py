import math
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.trunc(-3.7), math.trunc(3.7), math.copysign(1, -0.0))
print(math.pow(2, 0.5), math.prod([1, 2, 3, 4]))
