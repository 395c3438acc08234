import torch
a = torch.tensor([1.0, 2.0, 3.0])
a.add_(1)
print(a)
a.mul_(2)
print(a)
a.sub_(torch.tensor([1.0, 1.0, 1.0]))
print(a)
a.div_(2)
print(a)
a += 10
print(a)
a *= 0.5
print(a)
a.pow_(2)
print(a)
a.clamp_(max=40.0)
print(a)
