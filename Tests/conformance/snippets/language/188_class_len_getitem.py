class Dataset:
    def __init__(self, n):
        self.items = [i * 10 for i in range(n)]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, idx):
        return self.items[idx], idx % 2
ds = Dataset(5)
print(len(ds))
print(ds[0], ds[3], ds[-1])
x, y = ds[2]
print(x, y)
