class Opt:
    momentum = 0.9
    def step(self):
        pass
    def zero_grad(self):
        pass
print([n for n in dir(Opt) if not n.startswith("_")])
