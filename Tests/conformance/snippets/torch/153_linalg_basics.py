import torch
m = torch.tensor([[4.0, 7.0], [2.0, 6.0]])
print(torch.linalg.inv(m).round(decimals=4))
print(torch.linalg.det(m).round(decimals=4))
print(torch.linalg.solve(m, torch.tensor([1.0, 2.0])).round(decimals=4))
print(torch.inverse(m).round(decimals=4))
print(torch.linalg.matrix_rank(m))
