print(1.5, .5, 5., 1e3, 1.5e-3)
print(2.5E2, 1_000.5)
print(type(1.0).__name__, type(1e3).__name__)
