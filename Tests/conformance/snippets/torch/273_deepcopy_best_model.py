import copy
import torch
import torch.nn as nn
model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.fill_(1.0)
    model.bias.fill_(0.0)
best = copy.deepcopy(model)
with torch.no_grad():
    model.weight.fill_(5.0)
print(best.weight.item(), model.weight.item())
print(best is model, best.weight is model.weight)
best_state = copy.deepcopy(model.state_dict())
with torch.no_grad():
    model.bias.fill_(9.0)
print(best_state['bias'], model.bias.data)
