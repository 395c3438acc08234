import torch
w = torch.tensor([1.0, 2.0])
w += torch.tensor([1, 1])
print(w)
i = torch.tensor([1, 2])
try:
    i.add_(torch.tensor([0.5, 0.5]))
except RuntimeError as e:
    print(e)
