import numpy as np
np.random.seed(0)
print(np.random.binomial(10, 0.5, size=8))
print(np.random.binomial(100, 0.3, size=6))
print(np.random.binomial(1000, 0.6, size=5))
print(np.random.binomial(5, 0.95, size=5))
print(np.random.binomial(1, 0.5, size=10))
print(np.random.binomial([5, 50, 500], [0.1, 0.5, 0.9]))
b = np.random.binomial(10, 0.5)
print(type(b).__name__, b)
rs = np.random.RandomState(1)
print(rs.poisson(3.0, size=8))
print(rs.poisson(25.0, size=6))
print(rs.poisson(1000.5, size=4))
print(rs.poisson([0.5, 12.0, 0.0]))
print(rs.poisson(size=3))
coin = np.random.RandomState(2024).binomial(n=1, p=0.3, size=20)
print(coin, coin.mean())
print(np.random.RandomState(9).binomial(20, 0.25, size=(2, 3)))
for bad in [lambda: np.random.binomial(-1, 0.5), lambda: np.random.binomial(3, 1.5), lambda: np.random.poisson(-2.0),
            lambda: np.random.poisson(1e30)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
