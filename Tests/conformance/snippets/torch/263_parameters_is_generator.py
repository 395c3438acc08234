import torch.nn as nn
model = nn.Linear(3, 2)
ps = model.parameters()
print(type(ps).__name__)
print(len(list(ps)))
print(len(list(ps)))
print([tuple(p.shape) for p in model.parameters()])
