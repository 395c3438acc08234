import torch
import torch.nn as nn
torch.manual_seed(0)
emb = nn.Embedding(20, 4)
lstm = nn.LSTM(4, 3, batch_first=True)
fc = nn.Linear(3, 2)
tokens = torch.randint(0, 20, (2, 5))
print(tokens)
out, (h, c) = lstm(emb(tokens))
print(fc(h[-1]))
