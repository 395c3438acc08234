import torch
import torch.nn.functional as F
labels = torch.tensor([0, 2, 1, 2])
print(F.one_hot(labels))
print(F.one_hot(labels, num_classes=4))
print(F.one_hot(labels).dtype)
print(F.one_hot(torch.tensor([[0, 1], [1, 0]]), 2).shape)
print(F.one_hot(labels, 3).float())
