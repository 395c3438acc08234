import torch
torch.manual_seed(3)
state = torch.get_rng_state()
a = torch.rand(3)
torch.set_rng_state(state)
b = torch.rand(3)
print(a)
print(torch.equal(a, b))
print(torch.initial_seed())
