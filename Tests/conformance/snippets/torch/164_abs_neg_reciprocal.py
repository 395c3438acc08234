import torch
t = torch.tensor([-4.0, -0.5, 2.0])
print(torch.abs(t))
print(t.abs_())
print(t)
print(torch.reciprocal(torch.tensor([2.0, 4.0, 0.0])))
print(torch.tensor([-3, 3]).abs())
