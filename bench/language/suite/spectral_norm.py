# Spectral norm: nested function calls and float sums over generator expressions.
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def times(u):
    n = len(u)
    return [sum(eval_a(i, j) * u[j] for j in range(n)) for i in range(n)]

def times_transposed(u):
    n = len(u)
    return [sum(eval_a(j, i) * u[j] for j in range(n)) for i in range(n)]

def at_times(u):
    return times_transposed(times(u))

n = 110
u = [1.0] * n
for _ in range(10):
    v = at_times(u)
    u = at_times(v)
vbv = sum(a * b for a, b in zip(u, v))
vv = sum(b * b for b in v)
print(round((vbv / vv) ** 0.5, 9))
