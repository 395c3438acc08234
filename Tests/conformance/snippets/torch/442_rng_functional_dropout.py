import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.ones(8)
print(F.dropout(x, p=0.25))
print(F.dropout(x, p=0.25, training=True))
print(F.dropout(x, p=0.25, training=False))
