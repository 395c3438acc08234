import torch
import torch.nn as nn
bag = nn.EmbeddingBag(5, 2, mode='mean')
with torch.no_grad():
    bag.weight.copy_(torch.arange(10.0).reshape(5, 2))
print(bag(torch.tensor([[0, 1], [2, 4]])))
print(bag(torch.tensor([0, 1, 2, 4]), torch.tensor([0, 3])))
emb = nn.Embedding(5, 2)
with torch.no_grad():
    emb.weight.copy_(torch.arange(10.0).reshape(5, 2))
print(emb(torch.tensor([[0, 1], [2, 4]])).mean(dim=1))
