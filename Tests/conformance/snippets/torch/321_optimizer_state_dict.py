import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
(w ** 2).sum().backward()
opt.step()
sd = opt.state_dict()
print(list(sd.keys()))
print(list(sd['state'].keys()))
st = sd['state'][0]
print(sorted(st.keys()))
print(st['step'])
print(st['exp_avg'])
print(st['exp_avg_sq'])
print(sd['param_groups'][0]['lr'], sd['param_groups'][0]['params'])
