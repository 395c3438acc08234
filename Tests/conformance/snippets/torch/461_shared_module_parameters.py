import torch
import torch.nn as nn

class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(3, 3, bias=False)
        self.dec = self.enc

    def forward(self, x):
        return self.dec(self.enc(x))

m = Tied()
print([n for n, _ in m.named_parameters()])
print(len(list(m.parameters())))
print(list(m.state_dict().keys()))
print(m)
