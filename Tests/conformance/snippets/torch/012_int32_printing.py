import torch
t = torch.tensor([[1, -2], [30, 4]], dtype=torch.int32)
print(t)
print(t.dtype)
