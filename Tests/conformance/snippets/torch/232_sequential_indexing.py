import torch.nn as nn
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2), nn.Softmax(dim=1))
print(model[0])
print(model[-1])
print(model[1:3])
print(type(model[1:3]).__name__)
for layer in model:
    print(type(layer).__name__)
model.append(nn.Identity())
print(len(model))
