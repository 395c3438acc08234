import torch
a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
v = torch.tensor([1.0, 0.0, -1.0])
print(a @ v)
print(torch.mv(a, v))
print(v @ v)
print(torch.dot(v, v))
print(torch.tensor([1.0, 2.0]) @ a)
print(torch.outer(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 10.0, 100.0])))
