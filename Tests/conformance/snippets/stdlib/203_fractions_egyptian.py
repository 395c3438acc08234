from fractions import Fraction
def egyptian(f):
    out = []
    while f.numerator:
        d = -(-f.denominator // f.numerator)
        out.append(Fraction(1, d))
        f -= Fraction(1, d)
    return out
for f in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)]:
    parts = egyptian(f)
    print(f, '=', ' + '.join(str(p) for p in parts), sum(parts) == f)
