import torch
logits = torch.tensor([[0.1, 0.5, 0.3, 0.05, 0.05],
                       [0.6, 0.1, 0.1, 0.1, 0.1],
                       [0.2, 0.2, 0.3, 0.25, 0.05]])
target = torch.tensor([2, 0, 3])
_, top2 = logits.topk(2, dim=1)
print(top2)
correct = top2.eq(target.view(-1, 1).expand_as(top2))
print(correct)
print(correct.any(dim=1).float().mean().item())
