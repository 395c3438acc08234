import torch
import torch.nn.functional as F
t = torch.tensor([1000.0, 1001.0, 1002.0])
print(F.softmax(t, dim=0))
print(F.log_softmax(t, dim=0))
print(F.softmax(torch.tensor([-1000.0, 0.0]), dim=0))
