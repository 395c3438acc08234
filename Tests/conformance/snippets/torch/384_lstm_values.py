import torch
import torch.nn as nn
lstm = nn.LSTM(2, 2, batch_first=True)
with torch.no_grad():
    for name, p in lstm.named_parameters():
        n = p.numel()
        p.copy_((torch.arange(n, dtype=torch.float32).reshape(p.shape) - n / 2) / n)
x = torch.tensor([[[1.0, 0.0], [0.0, 1.0], [0.5, -0.5]]])
out, (h, c) = lstm(x)
print(out.round(decimals=4))
print(h.round(decimals=4))
print(c.round(decimals=4))
print(torch.allclose(out[:, -1], h[0]))
