import torch
torch.manual_seed(0)
p = torch.tensor([0.1, 0.5, 0.9, 0.5, 0.5])
print(torch.bernoulli(p))
w = torch.tensor([0.1, 0.2, 0.7])
print(torch.multinomial(w, 5, replacement=True))
print(torch.multinomial(w, 2))
