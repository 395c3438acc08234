from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(a + 1, 1 + a, 2 - a, a * 3, 3 / a, a ** 2, a ** -2, 2 ** F(3))
print(-a, +a, abs(F(-5, 7)), divmod(F(7, 2), 2))
print(a + 0.5, 0.25 * F(1, 2), F(1, 2) ** 0.5)
print(sum([F(1, n) for n in range(1, 6)]))
