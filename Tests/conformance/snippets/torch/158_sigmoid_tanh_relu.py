import torch
t = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.sigmoid(t))
print(t.sigmoid())
print(torch.tanh(t))
print(torch.relu(t))
print(t.relu())
print(torch.nn.functional.relu(t))
