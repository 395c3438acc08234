# torch.set_printoptions with thresholds of 0 and below: a 0-d tensor has nothing to summarise.
import torch
for t in [0, -1, 5]:
    torch.set_printoptions(threshold=t)
    print(torch.tensor(2.5), torch.arange(10.), torch.arange(12).reshape(3, 4), torch.tensor([1.5, float('nan')]))
torch.set_printoptions(profile='default')
for bad in [dict(precision=-1), dict(precision=2**62)]:
    try:
        torch.set_printoptions(**bad)
        print(torch.tensor([1.5]))
    except ValueError as e:
        print(type(e).__name__, e)
    torch.set_printoptions(profile='default')
print(torch.tensor([1.5]))
