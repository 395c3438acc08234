import torch
t = torch.tensor([-1.0, 0.0, 0.5, 1.0])
print(torch.erf(t))
print(torch.erfc(t))
print(torch.special.expit(t))
print(torch.lgamma(torch.tensor([1.0, 5.0])))
