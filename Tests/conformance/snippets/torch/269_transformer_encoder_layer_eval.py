import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0, batch_first=True)
with torch.no_grad():
    for i, (name, p) in enumerate(layer.named_parameters()):
        n = p.numel()
        p.copy_(torch.linspace(-0.5, 0.5, n).reshape(p.shape) * (1 + i % 3))
layer.eval()
x = torch.tensor([[[1.0, 0.0, -1.0, 0.5], [0.0, 2.0, 1.0, -0.5], [0.5, 0.5, 0.5, 0.5]]])
y = layer(x)
print(y.shape)
print(y.round(decimals=3))
print([n for n, _ in layer.named_parameters()])
