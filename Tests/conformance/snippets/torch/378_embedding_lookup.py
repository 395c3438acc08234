import torch
import torch.nn as nn
emb = nn.Embedding(5, 3)
with torch.no_grad():
    emb.weight.copy_(torch.arange(15.0).reshape(5, 3))
idx = torch.tensor([[0, 2], [4, 4]])
print(emb(idx))
print(emb(idx).shape)
print(emb.weight.shape, emb.num_embeddings, emb.embedding_dim)
