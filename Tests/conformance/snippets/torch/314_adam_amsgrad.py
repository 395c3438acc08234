import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1, amsgrad=True)
for i in range(4):
    opt.zero_grad()
    loss = (w ** 4).sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
