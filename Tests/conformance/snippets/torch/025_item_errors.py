import torch
try:
    torch.tensor([1.0, 2.0]).item()
except Exception as e:
    print(type(e).__name__, e)
print(torch.tensor([[5]]).item())
