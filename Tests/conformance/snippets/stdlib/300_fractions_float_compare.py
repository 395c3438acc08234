from fractions import Fraction as F
h = sum(F(1, n) for n in range(1, 11))
print(h, h > 2.9, h < 3.0, h == 7381 / 2520, F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 10) < 0.1, F(1, 10) > 0.1)
print(sorted([0.3, F(1, 3), 0.33, F(3, 10)]), max(F(2, 3), 0.6), F(1, 3) < float('inf'), F(1, 3) > float('-inf'), F(1, 3) == float('nan'))
