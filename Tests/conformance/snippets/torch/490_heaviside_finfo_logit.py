import torch

x = torch.tensor([-1.5, 0.0, 2.0, 0.0])
print(torch.heaviside(x, torch.tensor([0.5])))
print(torch.heaviside(x, torch.tensor([7.0, 8.0, 9.0, 10.0])))
print(x.heaviside(torch.tensor(1.0)))
print(torch.heaviside(torch.tensor([-2, 0, 3]), torch.tensor(5)))
print(torch.heaviside(torch.tensor([[0.0], [2.0]]), torch.tensor([1.0, 2.0, 3.0])))
for f in [lambda: torch.heaviside(x, torch.tensor(1)), lambda: torch.heaviside(x, 0.5),
          lambda: torch.heaviside(torch.zeros(2), torch.zeros(3))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
w = torch.tensor([1.0, -2.0], requires_grad=True)
h = torch.heaviside(w, torch.tensor([0.5]))
print(h)
try:
    h.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

print(torch.finfo(torch.float32))
print(torch.finfo(torch.float64))
print(torch.finfo())
f = torch.finfo(torch.float32)
print(f.eps, f.max, f.min, f.tiny, f.bits, f.resolution, f.dtype)
print(torch.iinfo(torch.int64))
print(torch.iinfo(torch.uint8), torch.iinfo(torch.int32).max, torch.iinfo(torch.int8).min, torch.iinfo(torch.int16).bits)
for f in [lambda: torch.finfo(torch.int64), lambda: torch.iinfo(torch.float32), lambda: torch.iinfo(torch.bool)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(torch.clamp(torch.tensor([0.0, 1.0]), min=torch.finfo(torch.float32).eps, max=1 - torch.finfo(torch.float32).eps))
print(torch.logit(torch.tensor([0.25, 0.5, 0.9])))
print(torch.logit(torch.tensor([0.0, 1.0])))
print(torch.logit(torch.tensor([0.0, 1.0]), eps=1e-6))
