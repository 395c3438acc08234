import torch
import torch.nn as nn
gru = nn.GRU(2, 3, batch_first=True)
with torch.no_grad():
    for name, p in gru.named_parameters():
        n = p.numel()
        p.copy_((torch.arange(n, dtype=torch.float32).reshape(p.shape) - n / 3) / n)
x = torch.tensor([[[1.0, -1.0], [0.5, 0.5]], [[0.0, 2.0], [-1.0, 0.0]]])
out, h = gru(x)
print(out.shape, h.shape)
print(out.round(decimals=4))
print(h.round(decimals=4))
print([n for n, _ in gru.named_parameters()])
