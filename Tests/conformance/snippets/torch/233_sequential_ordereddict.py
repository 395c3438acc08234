import torch.nn as nn
from collections import OrderedDict
model = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(4, 8)),
    ('act', nn.ReLU()),
    ('fc2', nn.Linear(8, 2)),
]))
print(model)
print(model.fc1)
print([name for name, _ in model.named_children()])
