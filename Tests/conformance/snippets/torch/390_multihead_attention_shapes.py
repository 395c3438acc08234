import torch
import torch.nn as nn
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
q = torch.zeros(2, 3, 4)
out, w = mha(q, q, q)
print(out.shape, w.shape)
print([n for n, _ in mha.named_parameters()])
print(w[0])
