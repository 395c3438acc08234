import torch
m = torch.arange(1, 10).reshape(3, 3)
print(torch.tril(m))
print(torch.triu(m))
print(torch.triu(m, diagonal=1))
print(torch.diag(m))
print(torch.diag(torch.tensor([1, 2, 3])))
print(m.diagonal(), m.trace())
print(torch.tril(torch.ones(3, 3)) == 0)
