import torch
torch.manual_seed(0)
x = torch.randn(10000)
print(f'{x.mean().item():.4f} {x.std().item():.4f}')
u = torch.rand(10000)
print(f'{u.min().item():.5f} {u.max().item():.5f} {u.mean().item():.4f}')
r = torch.randint(0, 6, (6000,))
print(torch.bincount(r))
