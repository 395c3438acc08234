import torch
import torch.nn as nn
mha = nn.MultiheadAttention(4, 2, batch_first=True)
with torch.no_grad():
    mha.in_proj_weight.copy_(torch.cat([torch.eye(4), torch.eye(4), torch.eye(4)]))
    mha.in_proj_bias.zero_()
    mha.out_proj.weight.copy_(torch.eye(4))
    mha.out_proj.bias.zero_()
x = torch.tensor([[[1.0, 0.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0]]])
out, w = mha(x, x, x)
print(out.round(decimals=4))
print(w.round(decimals=4))
out2, w2 = mha(x, x, x, average_attn_weights=False)
print(w2.shape)
mask = torch.tensor([[False, True], [False, False]])
print(mha(x, x, x, attn_mask=mask)[1].round(decimals=4))
