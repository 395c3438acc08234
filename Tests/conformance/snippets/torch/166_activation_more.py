import torch
import torch.nn.functional as F
t = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.selu(t))
print(F.celu(t))
print(F.mish(t))
print(F.hardsigmoid(t))
print(F.hardswish(t))
print(F.logsigmoid(t))
print(F.softsign(t))
