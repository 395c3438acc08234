class Optimizer:
    def __init__(self, lr):
        self.lr = lr
        self.steps = 0
    def step(self):
        self.steps += 1
class Momentum(Optimizer):
    def __init__(self, lr, beta=0.9):
        super().__init__(lr)
        self.beta = beta
    def step(self):
        super().step()
        self.lr *= self.beta
opt = Momentum(1.0)
for _ in range(3):
    opt.step()
print(opt.steps, round(opt.lr, 6), opt.beta)
