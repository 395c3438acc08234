import torch
import torch.nn.functional as F
t = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(F.relu(t))
print(F.leaky_relu(t))
print(F.leaky_relu(t, 0.2))
print(F.elu(t))
print(F.gelu(t))
print(F.gelu(t, approximate='tanh'))
print(F.silu(t))
print(F.softplus(t))
print(F.relu6(t * 3))
print(F.hardtanh(t))
print(F.tanh(t), F.sigmoid(t))
