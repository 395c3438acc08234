import torch
import torch.nn as nn
lstm = nn.LSTM(1, 1)
with torch.no_grad():
    for p in lstm.parameters():
        p.fill_(0.5)
x = torch.tensor([[[1.0]], [[2.0]]])
h0 = torch.tensor([[[0.1]]])
c0 = torch.tensor([[[-0.2]]])
out, (h, c) = lstm(x, (h0, c0))
print(out.round(decimals=4))
print(h.round(decimals=4), c.round(decimals=4))
