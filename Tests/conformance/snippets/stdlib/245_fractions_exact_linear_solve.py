from fractions import Fraction as F
A = [[F(2), F(1), F(-1)], [F(-3), F(-1), F(2)], [F(-2), F(1), F(2)]]
b = [F(8), F(-11), F(-3)]
n = len(A)
M = [row[:] + [rhs] for row, rhs in zip(A, b)]
for col in range(n):
    pivot = next(r for r in range(col, n) if M[r][col] != 0)
    M[col], M[pivot] = M[pivot], M[col]
    for r in range(n):
        if r != col:
            factor = M[r][col] / M[col][col]
            M[r] = [a - factor * c for a, c in zip(M[r], M[col])]
x = [M[i][n] / M[i][i] for i in range(n)]
print(x, [str(v) for v in x])
print(F(1, 3) + F(1, 3) + F(1, 3) == 1, 0.1 + 0.1 + 0.1 == 0.3, F('0.1') * 3 == F('0.3'))
