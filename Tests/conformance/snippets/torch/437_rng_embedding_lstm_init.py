import torch
import torch.nn as nn
torch.manual_seed(0)
emb = nn.Embedding(3, 2)
print(emb.weight)
lstm = nn.LSTM(2, 1)
for name, p in lstm.named_parameters():
    print(name, p.data)
