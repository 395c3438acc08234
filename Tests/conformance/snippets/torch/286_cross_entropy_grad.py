import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], requires_grad=True)
target = torch.tensor([0, 2])
loss = nn.CrossEntropyLoss()(logits, target)
loss.backward()
print(loss)
print(logits.grad)
