import torch.nn as nn

class Scale(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.k = k

    def extra_repr(self):
        return f'k={self.k}'

    def forward(self, x):
        return x * self.k

print(Scale(3))
print(nn.Sequential(Scale(2), nn.Tanh()))
