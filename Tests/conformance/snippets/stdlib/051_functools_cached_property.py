from functools import cached_property
class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def mean(self):
        print("computing mean")
        return sum(self.values) / len(self.values)
d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean)
d.values.append(10)
print(d.mean)
del d.mean
print(d.mean)
d.mean = 0
print(d.mean)
print(type(Dataset.mean).__name__)
