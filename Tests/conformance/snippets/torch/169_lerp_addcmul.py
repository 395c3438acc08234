import torch
a = torch.tensor([0.0, 10.0])
b = torch.tensor([10.0, 20.0])
print(torch.lerp(a, b, 0.25))
print(torch.addcmul(a, b, b, value=0.5))
print(torch.addcdiv(a, b, torch.tensor([2.0, 4.0]), value=2))
print(torch.addmm(torch.ones(2, 2), torch.eye(2), torch.eye(2) * 3))
