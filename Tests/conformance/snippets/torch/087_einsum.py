import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(12.0).reshape(3, 4)
print(torch.einsum('ij,jk->ik', a, b))
print(torch.einsum('ij->ji', a))
print(torch.einsum('ij->', a))
print(torch.einsum('ii->i', torch.eye(3) * 2))
print(torch.einsum('i,i->', torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])))
print(torch.einsum('bij,bjk->bik', torch.ones(2, 2, 3), torch.ones(2, 3, 1)))
