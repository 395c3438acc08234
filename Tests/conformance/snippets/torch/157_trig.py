import torch
t = torch.tensor([0.0, 0.5, 1.0])
print(torch.sin(t))
print(torch.cos(t))
print(torch.tan(t))
print(torch.atan2(torch.tensor([1.0, -1.0]), torch.tensor([1.0, 1.0])))
print(torch.asin(torch.tensor([0.0, 1.0])))
print(torch.sinh(t), torch.cosh(t))
