import torch
import torch.nn as nn

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer('running', torch.zeros(2))
        self.scale = nn.Parameter(torch.ones(2))

    def forward(self, x):
        self.running += x.mean(0)
        return x * self.scale

m = M()
m(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(m.running)
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_parameters()])
print([n for n, _ in m.named_buffers()])
