import torch
import torch.nn.functional as F
q = torch.tensor([[[1.0, 0.0], [0.0, 1.0]]])
k = torch.tensor([[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]])
v = torch.tensor([[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]])
print(F.scaled_dot_product_attention(q, k, v).round(decimals=4))
scores = q @ k.transpose(-2, -1) / (2 ** 0.5)
print((torch.softmax(scores, dim=-1) @ v).round(decimals=4))
qq = torch.eye(3).unsqueeze(0)
print(F.scaled_dot_product_attention(qq, qq, qq, is_causal=True).round(decimals=4))
