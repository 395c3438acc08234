class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        del self.cells[key]
g = Grid()
g[0, 1] = "X"
g[2, 2] = "O"
print(g[0, 1], g[1, 1], g[2, 2])
del g[0, 1]
print(g[0, 1], g.cells)
