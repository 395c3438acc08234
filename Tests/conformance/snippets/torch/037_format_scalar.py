import torch
t = torch.tensor(3.14159)
print(f"{t.item():.3f}")
print(f"{t:.2f}")
print("{:.1f}".format(torch.tensor(2.25)))
print(float(t), int(torch.tensor(7.9)))
