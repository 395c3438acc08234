import math
print(math.sqrt(16), math.sqrt(2))
print(math.pi, math.e)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.fabs(-3), math.factorial(10), math.gcd(48, 18))
