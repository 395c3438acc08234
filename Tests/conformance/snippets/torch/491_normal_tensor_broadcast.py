import torch

torch.manual_seed(3)
print(torch.normal(torch.zeros(3), torch.ones(3)))
print(torch.normal(torch.arange(4.0), 0.5))
print(torch.normal(2.0, torch.tensor([1.0, 2.0, 3.0])))
print(torch.normal(torch.zeros(2, 1), torch.ones(3)))
print(torch.normal(torch.zeros(20) + 1, torch.ones(20) * 2))
print(torch.normal(2, 3, size=(2,)))
print(torch.normal(torch.zeros(2, dtype=torch.float64), 1.0))
m = torch.zeros(3, requires_grad=True)
y = torch.normal(m, 1.0)
print(y.grad_fn is not None)
y.sum().backward()
print(m.grad)
for f in [lambda: torch.normal(torch.zeros(3), torch.ones(2)), lambda: torch.normal(torch.zeros(3), -1.0),
          lambda: torch.normal(0.0, -2.0, size=(2,))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = torch.broadcast_tensors(torch.tensor(1.0), torch.tensor([[1.0], [2.0]]), )
print(a, b)
print([t.shape for t in torch.broadcast_tensors(torch.zeros(2, 1), torch.zeros(3), torch.zeros(1, 1, 1))])
try:
    torch.broadcast_tensors(torch.zeros(2), torch.zeros(3))
except RuntimeError as e:
    print("RuntimeError:", e)

torch.manual_seed(4)
p = torch.tensor([[0.1, 0.2, 0.7], [0.5, 0.25, 0.25], [0.0, 1.0, 0.0]])
print(torch.multinomial(p, 1))
print(torch.multinomial(p, 1, replacement=True))
print(torch.multinomial(p, 6, replacement=True))
print(torch.multinomial(torch.tensor([1.0, 3.0, 6.0]), 1, True))
print(torch.multinomial(torch.tensor([1.0, 3.0, 6.0], dtype=torch.float64), 4, True))
