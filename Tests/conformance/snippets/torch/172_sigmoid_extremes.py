import torch
t = torch.tensor([-100.0, -20.0, 0.0, 20.0, 100.0])
print(torch.sigmoid(t))
print(torch.tanh(t))
print(torch.exp(torch.tensor([100.0, -100.0])))
print(torch.log(torch.sigmoid(torch.tensor([-100.0]))))
print(torch.nn.functional.logsigmoid(torch.tensor([-100.0])))
