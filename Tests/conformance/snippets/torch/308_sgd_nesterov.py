import torch
w = torch.tensor([2.0, -3.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.05, momentum=0.8, nesterov=True)
for i in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
