import itertools
grid = {"lr": [0.1, 0.01, 0.001], "batch": [32, 64], "layers": [1, 2]}
keys = list(grid)
runs = [dict(zip(keys, values)) for values in itertools.product(*grid.values())]
print(len(runs), runs[0], runs[-1])
def score(cfg):
    return round(1 - cfg["lr"] * 2 - 0.01 * cfg["layers"] + cfg["batch"] / 1000, 4)
best = max(runs, key=score)
print(best, score(best))
for lr, group in itertools.groupby(sorted(runs, key=lambda r: r["lr"]), key=lambda r: r["lr"]):
    print(lr, [score(r) for r in group])
