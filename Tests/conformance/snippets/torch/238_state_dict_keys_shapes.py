import torch.nn as nn
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
sd = model.state_dict()
print(type(sd).__name__)
for k, v in sd.items():
    print(k, v.shape)
print(list(sd.keys()))
