import torch
a = torch.tensor([7, -7, 0])
for f in [lambda: a // torch.tensor([0, 1, 2]), lambda: a % 0, lambda: torch.div(a, 0, rounding_mode='floor'),
          lambda: torch.div(a, torch.tensor([2, 0, 1]), rounding_mode='trunc'), lambda: torch.remainder(a, torch.zeros(3, dtype=torch.long))]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)
print(a / 0)
print(a.float() // 0, a.float() % 0)
print(torch.div(a, 2, rounding_mode='floor'), torch.div(a, 2, rounding_mode='trunc'), a % 3, a // -2)
