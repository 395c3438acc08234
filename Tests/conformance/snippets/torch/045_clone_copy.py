import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = a.clone()
b[0] = 10.0
print(a, b)
c = torch.zeros(3)
c.copy_(a)
print(c)
d = a
d[1] = 20.0
print(a)
