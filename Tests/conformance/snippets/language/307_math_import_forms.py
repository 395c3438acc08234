from math import sqrt, pi as PI
import math as m
print(sqrt(25), PI == m.pi, m.floor(-0.5))
from math import *
print(ceil(4.01), factorial(5))
