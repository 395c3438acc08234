from fractions import Fraction
def continued(f, n=8):
    terms = []
    for _ in range(n):
        whole = f.numerator // f.denominator
        terms.append(whole)
        f -= whole
        if f == 0:
            break
        f = 1 / f
    return terms
print(continued(Fraction(415, 93)), continued(Fraction(355, 113)), continued(Fraction(1, 7)))
a, b = Fraction(1, 2), Fraction(2, 3)
print(Fraction(a.numerator + b.numerator, a.denominator + b.denominator))
print([str(Fraction(n, 12)) for n in range(13)])
