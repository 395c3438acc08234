import torch
t = torch.tensor([0, 128, 255], dtype=torch.uint8)
print(t)
print(t.dtype)
