pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [v for row in matrix for v in row if v % 2]
print(flat)
print([[row[i] for row in matrix] for i in range(3)])
