import torch
import torch.nn as nn
crit = nn.CrossEntropyLoss()
batches = [
    (torch.tensor([[2.0, 0.0], [0.0, 2.0]]), torch.tensor([0, 1])),
    (torch.tensor([[1.0, 1.0], [3.0, 0.0]]), torch.tensor([1, 1])),
]
running_loss = 0.0
for i, (out, y) in enumerate(batches):
    loss = crit(out, y)
    running_loss += loss.item()
    print(i, f'{loss.item():.4f}')
print(f'{running_loss / len(batches):.4f}')
