from fractions import Fraction
print(Fraction(3, 6), repr(Fraction(3, 6)), Fraction(-4, -6), Fraction(5))
print(Fraction('1.5'), Fraction(' -3/4 '), Fraction('1e-3'), Fraction('2.5e2'))
f = Fraction(7, 12)
print(f.numerator, f.denominator, f.as_integer_ratio(), type(f).__name__)
print(str(Fraction(10, 5)), repr(Fraction(0)), Fraction(Fraction(1, 3)))
