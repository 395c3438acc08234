import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
enc.eval()
print(enc(torch.zeros(3, 5, 8)).shape)
print(len(enc.layers))
print(sum(p.numel() for p in enc.parameters()))
