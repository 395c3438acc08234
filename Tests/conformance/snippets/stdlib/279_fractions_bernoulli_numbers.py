from fractions import Fraction as F
from math import comb
def bernoulli(n):
    B = [F(1)]
    for m in range(1, n + 1):
        B.append(-sum(comb(m + 1, k) * B[k] for k in range(m)) / (m + 1))
    return B
print([str(b) for b in bernoulli(10)])
