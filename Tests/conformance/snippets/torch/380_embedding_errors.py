import torch
import torch.nn as nn
emb = nn.Embedding(3, 2)
try:
    emb(torch.tensor([3]))
except IndexError as e:
    print(type(e).__name__, e)
try:
    emb(torch.tensor([1.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
