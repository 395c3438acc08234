# List-of-lists matrix product with sum(x * y for x, y in zip(...)), then transpose and trace.
n = 100
a = [[(i * 7 + j * 3) % 10 / 10.0 for j in range(n)] for i in range(n)]
b = [[(i * 5 + j) % 9 / 9.0 for j in range(n)] for i in range(n)]

def transpose(m):
    return [list(col) for col in zip(*m)]

def matmul(x, y):
    yt = transpose(y)
    return [[sum(p * q for p, q in zip(row, col)) for col in yt] for row in x]

c = matmul(a, b)
c = matmul(c, a)
print(round(sum(c[i][i] for i in range(n)), 6), round(sum(map(sum, c)), 6))
