import torch
import torch.nn as nn
torch.manual_seed(0)
gru = nn.GRU(1, 1)
for name, p in gru.named_parameters():
    print(name, p.data)
bn = nn.BatchNorm1d(2)
print(bn.weight.data, bn.bias.data, bn.running_mean, bn.running_var)
ln = nn.LayerNorm(2)
print(ln.weight.data, ln.bias.data)
