import torch
t = torch.tensor([True, False, True])
print(t)
print(t.dtype)
print(torch.tensor([[True], [False]]))
