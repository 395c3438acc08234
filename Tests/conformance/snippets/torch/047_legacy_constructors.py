import torch
print(torch.Tensor([1, 2, 3]))
print(torch.FloatTensor([1.5, 2.5]))
print(torch.LongTensor([1, 2]))
print(torch.Tensor(2, 3).shape)
print(torch.tensor([1.0]).type())
print(torch.tensor([1]).type())
print(torch.tensor([1.0], dtype=torch.float64).type())
print(torch.tensor([True]).type())
