import torch
import torch.nn as nn
for bias in [True, False]:
    lin = nn.Linear(2, 3, bias=bias)
    for shape in [(2,), (4, 2), (5, 4, 2), (2, 5, 4, 2)]:
        y = lin(torch.ones(shape))
        print(bias, shape, type(y.grad_fn).__name__, tuple(y.shape))
