import torch
print(torch.tensor([1.0, -1.0, 0.0]) / 0)
print(torch.tensor([1, 2]) / torch.tensor([0, 0]))
try:
    torch.tensor([1, 2]) // torch.tensor([0, 1])
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.tensor([5.0]) // 0)
print(torch.tensor([5.0]) % 0)
