import torch
import torch.nn.functional as F
t = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
print(F.log_softmax(t, dim=1))
print(torch.log_softmax(t, dim=-1))
print(t.log_softmax(dim=1).exp())
