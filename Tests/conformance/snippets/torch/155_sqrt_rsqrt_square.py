import torch
t = torch.tensor([1.0, 4.0, 2.0])
print(torch.sqrt(t))
print(t.rsqrt())
print(t.square())
print(torch.sqrt(torch.tensor([-1.0])))
print(torch.tensor([4, 9]).sqrt())
