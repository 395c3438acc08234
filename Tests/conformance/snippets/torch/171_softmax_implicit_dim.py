import torch
import torch.nn.functional as F
t = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
print(F.softmax(t))
print(F.softmax(torch.tensor([1.0, 2.0, 3.0])))
print(F.log_softmax(t))
print(F.softmax(torch.arange(8.0).reshape(2, 2, 2)))
