class RunningMean:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
    def update(self, x):
        self.n += 1
        self.mean += (x - self.mean) / self.n
        return self
rm = RunningMean()
for x in [2, 4, 6, 8]:
    rm.update(x)
    print(rm.n, rm.mean)
