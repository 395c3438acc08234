import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.b = nn.Linear(2, 2)
        self.a = nn.Linear(2, 3)
        self.seq = nn.Sequential(nn.Linear(3, 1), nn.ReLU())

    def forward(self, x):
        return x

print([n for n, _ in Net().named_parameters()])
print([n for n, _ in Net().named_modules()])
print([n for n, _ in Net().named_children()])
