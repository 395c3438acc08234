import itertools
print(list(itertools.product([1, 2], "ab")))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product([0, 1], [0, 1], [0, 1]))[:4])
print(list(itertools.product()), list(itertools.product([], [1])))
grid = {"lr": [0.1, 0.01], "batch": [16, 32], "act": ["relu"]}
for combo in itertools.product(*grid.values()):
    print(dict(zip(grid, combo)))
print(len(list(itertools.product(range(3), repeat=3))))
