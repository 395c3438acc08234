import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
for name, f in [("exp", torch.exp), ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("relu", torch.relu),
                ("softmax", lambda t: torch.softmax(t, 0)), ("sqrt", torch.sqrt)]:
    y = f(x)
    y.mul_(2)
    try:
        y.sum().backward()
        print(name, "no error", x.grad)
    except RuntimeError as e:
        print(name, str(e).split(' Hint:')[0])
# an input saved for backward, changed through a view
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
a = w * 1
b = a @ a
a[0].zero_()
try:
    b.sum().backward()
except RuntimeError as e:
    print(str(e).split(' Hint:')[0].split(': [')[0])
# changes the op does not need are fine
a = w * 1
c = a + 1
a.add_(5)
c.sum().backward()
print(w.grad)
