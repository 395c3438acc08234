import torch
a, b = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([10, 20]), indexing='ij')
print(a)
print(b)
x, y = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([10, 20]), indexing='xy')
print(x.shape)
print(torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([0, 3, 6, 9])))
print(torch.bucketize(torch.tensor([0.5, 2.5, 9.0]), torch.tensor([1.0, 2.0, 3.0])))
print(torch.histc(torch.tensor([1.0, 2.0, 1.0, 4.0]), bins=4, min=0, max=4))
