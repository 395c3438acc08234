import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.hidden = hidden
        self.name = 'net'
        self.fc = nn.Linear(2, hidden)

    def forward(self, x):
        return self.fc(x)

n = Net(5)
print(n.hidden, n.name)
print(n)
print(n(torch.zeros(3, 2)).shape)
