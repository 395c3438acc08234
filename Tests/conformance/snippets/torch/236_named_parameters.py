import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.fc1 = nn.Linear(16, 8)
        self.fc2 = nn.Linear(8, 2, bias=False)

    def forward(self, x):
        return x

net = Net()
for name, p in net.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
print(len(list(net.parameters())))
print(sum(p.numel() for p in net.parameters() if p.requires_grad))
