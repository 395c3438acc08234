import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
        self.heads = nn.ModuleDict({'a': nn.Linear(2, 1), 'b': nn.Linear(2, 3)})

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return self.heads['a'](x), self.heads['b'](x)

net = Net()
print(net)
print(len(net.layers), list(net.heads.keys()))
a, b = net(torch.zeros(4, 2))
print(a.shape, b.shape)
