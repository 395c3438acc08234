import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w)
print(w.requires_grad)
s = torch.tensor(3.0, requires_grad=True)
print(s)
print(torch.zeros(2, 2, requires_grad=True))
