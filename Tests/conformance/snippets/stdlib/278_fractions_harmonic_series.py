from fractions import Fraction
h = Fraction(0)
for n in range(1, 11):
    h += Fraction(1, n)
    print(n, h, round(float(h), 6))
print(h.limit_denominator(100), h > 2.9, h.numerator % 7)
