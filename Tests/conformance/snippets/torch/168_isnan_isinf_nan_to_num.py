import torch
t = torch.tensor([1.0, float('nan'), float('inf'), -float('inf')])
print(torch.isnan(t))
print(torch.isinf(t))
print(torch.isfinite(t))
print(torch.nan_to_num(t))
print(torch.nan_to_num(t, nan=0.0, posinf=1.0, neginf=-1.0))
print(t.isnan().any())
