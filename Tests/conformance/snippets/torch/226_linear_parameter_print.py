import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
lin.weight.data = torch.tensor([[0.5, -0.5]])
lin.bias.data = torch.tensor([0.25])
print(lin.weight)
print(lin.bias)
print(type(lin.weight).__name__)
print(isinstance(lin.weight, torch.Tensor))
print(lin.weight.requires_grad)
