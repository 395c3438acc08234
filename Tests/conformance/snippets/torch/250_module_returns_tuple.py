import torch
import torch.nn as nn

class Two(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
        with torch.no_grad():
            self.lin.weight.copy_(torch.eye(2))
            self.lin.bias.zero_()

    def forward(self, x):
        y = self.lin(x)
        return y, y.sum(dim=1)

out, s = Two()(torch.tensor([[1.0, 2.0]]))
print(out)
print(s)
