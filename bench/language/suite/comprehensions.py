# Comprehensions of every kind: nested list, dict, set, conditional, over zip and enumerate.
n = 600
grid = [[(i * j) % 17 for j in range(n)] for i in range(n)]
flat = [v for row in grid for v in row if v % 2]
cols = {j: sum(row[j] for row in grid) for j in range(0, n, 3)}
distinct = {(i * i) % 1009 for i in range(200000)}
pairs = [(a, b) for a, b in zip(range(1000), range(1000, 0, -1)) if (a + b) % 3 == 0]
indexed = {i: w for i, w in enumerate(["x" * (k % 5) for k in range(80000)]) if w}
transposed = [[row[i] for row in grid[:100]] for i in range(100)]
print(len(flat), sum(cols.values()), len(distinct), len(pairs), len(indexed), sum(map(sum, transposed)))
