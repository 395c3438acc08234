import torch
print(bool(torch.tensor([1.0])))
print(bool(torch.tensor(0)))
try:
    if torch.tensor([1, 2]):
        pass
except Exception as e:
    print(type(e).__name__, e)
print(torch.tensor([1, 2]).any().item(), torch.tensor([1, 0]).all().item())
