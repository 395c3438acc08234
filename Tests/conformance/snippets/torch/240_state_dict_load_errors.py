import torch
import torch.nn as nn
a = nn.Linear(2, 2)
try:
    a.load_state_dict({'weight': torch.zeros(2, 2)})
except RuntimeError as e:
    print(e)
try:
    a.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.zeros(2)})
except RuntimeError as e:
    print(e)
r = a.load_state_dict({'weight': torch.zeros(2, 2), 'bias': torch.zeros(2), 'extra': torch.ones(1)}, strict=False)
print(r)
print(r.missing_keys, r.unexpected_keys)
