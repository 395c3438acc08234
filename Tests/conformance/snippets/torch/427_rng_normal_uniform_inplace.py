import torch
torch.manual_seed(0)
t = torch.empty(5)
print(t.uniform_(-1, 1))
print(t.normal_(0, 0.1))
print(torch.normal(2.0, 3.0, size=(4,)))
print(torch.empty(3).fill_(0).bernoulli_(0.5))
