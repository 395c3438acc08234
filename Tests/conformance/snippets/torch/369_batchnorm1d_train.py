import torch
import torch.nn as nn
bn = nn.BatchNorm1d(2)
x = torch.tensor([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0]])
y = bn(x)
print(y)
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked)
print(bn.weight, bn.bias)
