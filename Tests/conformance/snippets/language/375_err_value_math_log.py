# Error case: value math log
print("demonstrating: value math log")
import math
math.log(0)
