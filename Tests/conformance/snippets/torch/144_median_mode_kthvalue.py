import torch
t = torch.tensor([5.0, 1.0, 4.0, 2.0, 3.0])
print(t.median())
print(torch.median(torch.tensor([1.0, 2.0, 3.0, 4.0])))
m = torch.tensor([[1.0, 3.0, 2.0], [6.0, 4.0, 5.0]])
print(m.median(dim=1))
print(torch.kthvalue(t, 2))
print(torch.mode(torch.tensor([1, 2, 2, 3, 3])))
