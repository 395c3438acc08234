import torch
a = torch.tensor([1, 2, 3, 4])
print(a > 2)
print(a == 2)
print(a != 2)
print(a <= 3)
print(torch.eq(a, torch.tensor([1, 0, 3, 0])))
print(torch.gt(a, 1), torch.lt(a, 3))
print(a.ge(2), a.le(2))
