from fractions import Fraction as F
import math
print(F(0.1), F(1.5), F.from_float(0.25), F.from_float(3))
print(F(0.1).limit_denominator(10), F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100))
print(F(1, 3).limit_denominator(2), F(3, 7).limit_denominator(100))
print(float(F(1, 3)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2), round(F(-5, 2)))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)))
print(bool(F(0)), bool(F(1, 9)), F(5, 2).is_integer() if hasattr(F, 'is_integer') else 'n/a')
