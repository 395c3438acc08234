import torch
t = torch.zeros(2, 3)
try:
    t.unsqueeze(3)
except IndexError as e:
    print(e)
try:
    t.permute(0, 0)
except RuntimeError as e:
    print(e)
try:
    t.permute(1)
except RuntimeError as e:
    print(e)
try:
    t.transpose(0, 2)
except IndexError as e:
    print(e)
