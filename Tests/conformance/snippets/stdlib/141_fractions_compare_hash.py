from fractions import Fraction as F
print(F(1, 3) < F(1, 2), F(2, 4) == F(1, 2), F(1, 2) == 0.5, F(2) == 2, F(1, 3) > 0.3)
print(F(1, 2) <= 0.5, F(3, 2) >= 1, F(1, 3) != F(2, 6))
print(hash(F(4, 2)) == hash(2), len({F(1, 2), F(2, 4), F(3, 6)}))
print(sorted([F(3, 4), F(1, 8), F(1, 2), F(5, 8)]))
print(max(F(1, 3), F(2, 7)), min([F(9, 10), 1, 0.95]))
