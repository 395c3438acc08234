import numpy as np
rs = np.random.RandomState(0)
print(rs.exponential(2.0, size=4))
print(rs.standard_exponential(3))
print(rs.gamma(2.0, 1.5, size=4))
print(rs.gamma(0.5, size=3))
print(rs.standard_gamma(3.0, size=3))
print(rs.beta(2.0, 5.0, size=4))
print(rs.beta(0.5, 0.5, size=3))
print(rs.lognormal(0.0, 0.5, size=3))
print(rs.multinomial(10, [0.2, 0.3, 0.5]))
print(rs.multinomial(20, [1 / 6.0] * 6, size=3))
print(rs.multinomial(100, [0.5, 0.5], size=(2, 2)))
np.random.seed(11)
print(np.random.exponential(size=3), np.random.exponential(scale=[1.0, 10.0]))
e = np.random.exponential(1.0)
print(type(e).__name__, e)
for bad in [lambda: np.random.exponential(-1), lambda: np.random.gamma(-1.0), lambda: np.random.beta(0, 1),
            lambda: np.random.multinomial(-1, [0.5, 0.5]), lambda: np.random.multinomial(3, [0.8, 0.7, 0.1])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
