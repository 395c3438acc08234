import torch
m = torch.tensor([[1, 2], [3, 4], [5, 6]])
for row in m:
    print(row, row.sum().item())
for v in torch.tensor([1.5, 2.5]):
    print(v)
print([x.item() for x in torch.arange(3)])
a, b = torch.tensor([7, 8])
print(a, b)
