import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self, n_in, n_out):
        super(Net, self).__init__()
        self.linear = nn.Linear(n_in, n_out)

    def forward(self, x):
        return self.linear(x)

net = Net(3, 2)
print(net)
print(net.linear.in_features)
print(sum(p.numel() for p in net.parameters()))
