import torch
import torch.nn as nn
w = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
emb = nn.Embedding.from_pretrained(w)
print(emb(torch.tensor([2, 0])))
print(emb.weight.requires_grad)
emb2 = nn.Embedding.from_pretrained(w, freeze=False)
print(emb2.weight.requires_grad)
import torch.nn.functional as F
print(F.embedding(torch.tensor([1]), w))
