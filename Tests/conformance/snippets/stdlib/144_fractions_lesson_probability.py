from fractions import Fraction
from itertools import product
outcomes = list(product(range(1, 7), repeat=2))
p = {}
for a, b in outcomes:
    p[a + b] = p.get(a + b, 0) + Fraction(1, len(outcomes))
for total in sorted(p):
    print(total, p[total], f'{float(p[total]):.4f}')
print('sum', sum(p.values()))
expected = sum(k * v for k, v in p.items())
print('E[X] =', expected, 'Var =', sum((k - expected) ** 2 * v for k, v in p.items()))
