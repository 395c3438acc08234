# N-queens by backtracking with sets and a recursive inner function.
def queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placed = []
    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); placed.append(c)
            place(row + 1)
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c); placed.pop()
    place(0)
    return solutions

s = queens(10)
print(len(s), s[0], s[-1], len(queens(7)))
