import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    lin.bias.copy_(torch.tensor([5.0, 6.0]))
v = nn.utils.parameters_to_vector(lin.parameters())
print(v)
nn.utils.vector_to_parameters(v * 2, lin.parameters())
print(lin.weight, lin.bias)
