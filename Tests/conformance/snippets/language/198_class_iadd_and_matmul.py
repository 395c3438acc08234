class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
    def __repr__(self):
        return f"M({self.v})"
a = Acc()
a += 1
a += 2
print(a.items, M(3) @ M(4))
