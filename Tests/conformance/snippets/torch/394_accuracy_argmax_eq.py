import torch
logits = torch.tensor([[0.2, 0.8], [0.9, 0.1], [0.4, 0.6]])
y = torch.tensor([1, 1, 1])
pred = logits.argmax(dim=1)
print(pred.eq(y))
print(pred.eq(y).sum())
print(pred.eq(y.view_as(pred)).sum().item())
print(torch.sum(pred == y).item() / len(y))
