import torch
import torch.nn as nn
big = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
small = nn.Sequential(nn.Linear(2, 2))
with torch.no_grad():
    small[0].weight.fill_(7.0)
r = big.load_state_dict(small.state_dict(), strict=False)
print(r.missing_keys)
print(r.unexpected_keys)
print(big[0].weight)
