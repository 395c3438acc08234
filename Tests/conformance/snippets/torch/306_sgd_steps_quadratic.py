import torch
w = torch.tensor([2.0, -3.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for i in range(5):
    opt.zero_grad()
    loss = ((w - torch.tensor([1.0, 1.0])) ** 2).sum()
    loss.backward()
    opt.step()
    print(i, round(loss.item(), 5), w.detach())
