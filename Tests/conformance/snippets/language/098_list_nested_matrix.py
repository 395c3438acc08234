m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], len(m), len(m[0]))
t = [[m[r][c] for r in range(2)] for c in range(3)]
print(t)
m[0][0] = 100
print(m)
