import math
def newton_sqrt(a, tol=1e-12):
    x = a
    while abs(x * x - a) > tol:
        x = (x + a / x) / 2
    return x
for a in [2, 10, 144]:
    print(a, newton_sqrt(a), math.isclose(newton_sqrt(a), math.sqrt(a)))
