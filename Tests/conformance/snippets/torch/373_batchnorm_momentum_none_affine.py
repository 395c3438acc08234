import torch
import torch.nn as nn
bn = nn.BatchNorm1d(1, momentum=None)
for v in [[1.0, 3.0], [5.0, 7.0]]:
    bn(torch.tensor(v).unsqueeze(1))
print(bn.running_mean, bn.running_var)
bn2 = nn.BatchNorm1d(2, affine=False)
print(bn2.weight, list(bn2.state_dict().keys()))
