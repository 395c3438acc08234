class Series:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Series(self.data[idx])
        return self.data[idx]
    def __repr__(self):
        return f"Series({self.data})"
s = Series(range(10))
print(s[3], s[2:5], s[::-3], s[-1])
print(slice(1, 5, 2).start, slice(1, 5, 2).stop, slice(1, 5, 2).step)
