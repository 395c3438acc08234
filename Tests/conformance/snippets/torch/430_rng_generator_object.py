import torch
g = torch.Generator().manual_seed(7)
print(torch.rand(3, generator=g))
print(torch.randn(2, generator=g))
g2 = torch.Generator()
g2.manual_seed(7)
print(torch.rand(3, generator=g2))
print(g.initial_seed())
