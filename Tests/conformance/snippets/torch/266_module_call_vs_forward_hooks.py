import torch
import torch.nn as nn
lin = nn.Linear(1, 1)
with torch.no_grad():
    lin.weight.fill_(2.0)
    lin.bias.fill_(0.0)
seen = []
h = lin.register_forward_hook(lambda m, inp, out: seen.append(out.item()))
lin(torch.tensor([[3.0]]))
lin.forward(torch.tensor([[4.0]]))
print(seen)
h.remove()
lin(torch.tensor([[5.0]]))
print(seen)
pre = lin.register_forward_pre_hook(lambda m, inp: (inp[0] * 10,))
print(lin(torch.tensor([[1.0]])))
