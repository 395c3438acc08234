import torch
mean = torch.tensor([0.485, 0.456, 0.406]).view(3, 1, 1)
std = torch.tensor([0.229, 0.224, 0.225]).view(3, 1, 1)
img = torch.full((3, 2, 2), 0.5)
print(((img - mean) / std).round(decimals=4))
