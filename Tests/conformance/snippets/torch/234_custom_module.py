import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 3)
        self.fc2 = nn.Linear(3, 1)

    def forward(self, x):
        x = torch.relu(self.fc1(x))
        return self.fc2(x)

net = Net()
print(net)
with torch.no_grad():
    net.fc1.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))
    net.fc1.bias.fill_(-0.5)
    net.fc2.weight.copy_(torch.tensor([[1.0, -1.0, 0.5]]))
    net.fc2.bias.fill_(0.0)
print(net(torch.tensor([[1.0, 2.0]])))
