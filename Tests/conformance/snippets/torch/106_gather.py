import torch
t = torch.tensor([[1, 2, 3], [4, 5, 6]])
idx = torch.tensor([[2, 0], [1, 1]])
print(torch.gather(t, 1, idx))
print(t.gather(0, torch.tensor([[1, 0, 1]])))
scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
labels = torch.tensor([1, 0])
print(scores.gather(1, labels.unsqueeze(1)))
print(scores.gather(1, labels.view(-1, 1)).squeeze(1))
