class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Box(0)), bool(Box(2)))
print("full" if Box(1) else "empty")
