import torch
import torch.nn as nn
emb = nn.Embedding(4, 2, padding_idx=0)
print(emb.weight[0])
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
out = emb(torch.tensor([0, 1, 1, 3]))
out.sum().backward()
print(emb.weight.grad)
