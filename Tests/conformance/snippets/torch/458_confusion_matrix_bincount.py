import torch
y_true = torch.tensor([0, 1, 2, 2, 1, 0, 2])
y_pred = torch.tensor([0, 2, 2, 2, 1, 1, 0])
C = 3
cm = torch.bincount(y_true * C + y_pred, minlength=C * C).reshape(C, C)
print(cm)
print(cm.diag(), cm.sum(1))
print((cm.diag().float() / cm.sum(1)).round(decimals=4))
print(f'{cm.diag().sum().item() / cm.sum().item():.2%}')
