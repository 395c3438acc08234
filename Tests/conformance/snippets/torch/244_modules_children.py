import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.Sequential(nn.ReLU(), nn.Linear(3, 1)))
print([type(m).__name__ for m in model.children()])
print([type(m).__name__ for m in model.modules()])
print([n for n, m in model.named_modules()])
