import torch
import torch.nn as nn
seq = nn.Sequential()
seq.add_module('first', nn.Linear(2, 2))
seq.add_module('act', nn.ReLU())
print(seq)
print(len(seq))

class M(nn.Module):
    def __init__(self):
        super().__init__()
        for i in range(3):
            setattr(self, f'layer{i}', nn.Linear(1, 1))

    def forward(self, x):
        return x

print([n for n, _ in M().named_children()])
print(len(list(M().parameters())))
