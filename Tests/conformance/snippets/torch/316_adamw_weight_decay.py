import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.AdamW([w], lr=0.05, weight_decay=0.5)
for i in range(4):
    opt.zero_grad()
    loss = (w - 1.0).abs().sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
