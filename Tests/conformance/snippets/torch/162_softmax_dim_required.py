import torch
import torch.nn.functional as F
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(F.softmax(t, dim=-1))
print(F.softmax(t, dim=0))
print(F.softmin(t, dim=1))
