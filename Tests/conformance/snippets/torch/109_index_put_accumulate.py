import torch
t = torch.zeros(4)
t[torch.tensor([0, 2])] = torch.tensor([1.0, 3.0])
print(t)
t[[1, 3]] += 5
print(t)
t.index_put_((torch.tensor([0, 0]),), torch.tensor([1.0, 1.0]), accumulate=True)
print(t)
u = torch.zeros(3)
u.index_add_(0, torch.tensor([0, 0, 2]), torch.tensor([1.0, 2.0, 3.0]))
print(u)
