import torch.nn as nn
lin = nn.Linear(2, 2)
try:
    lin.nonexistent
except AttributeError as e:
    print(e)

class Net(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)

try:
    Net()
except AttributeError as e:
    print(e)
