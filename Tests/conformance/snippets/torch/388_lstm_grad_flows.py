import torch
import torch.nn as nn
lstm = nn.LSTM(2, 2)
with torch.no_grad():
    for p in lstm.parameters():
        p.fill_(0.1)
x = torch.ones(3, 1, 2, requires_grad=True)
out, _ = lstm(x)
out[-1].sum().backward()
print(x.grad.round(decimals=4))
print(lstm.bias_hh_l0.grad.round(decimals=4))
