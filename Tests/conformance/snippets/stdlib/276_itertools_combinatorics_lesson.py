from itertools import product, permutations, combinations, combinations_with_replacement
grid = {'lr': [0.1, 0.01], 'depth': [2, 3], 'act': ['relu', 'tanh']}
configs = [dict(zip(grid, values)) for values in product(*grid.values())]
print(len(configs), configs[0], configs[-1])
print(list(permutations('abc', 2))[:4], len(list(permutations(range(5)))))
print(list(combinations([1, 2, 3, 4], 3)), list(combinations_with_replacement('ab', 2)))
teams = list(combinations(['ann', 'bob', 'cid', 'dee'], 2))
print(len(teams), teams[:3])
