class Module:
    def __init__(self):
        object.__setattr__(self, "children", [])
    def __setattr__(self, name, value):
        if isinstance(value, Module):
            self.children.append(name)
        object.__setattr__(self, name, value)
class Net(Module):
    def __init__(self):
        super().__init__()
        self.fc1 = Module()
        self.fc2 = Module()
        self.rate = 0.5
n = Net()
print(n.children, n.rate)
