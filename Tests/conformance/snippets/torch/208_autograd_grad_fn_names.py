import torch
x = torch.tensor([[1.0, 2.0]], requires_grad=True)
w = torch.ones(2, 2, requires_grad=True)
for y in [x @ w, x.t(), x.view(2), x.exp(), torch.relu(x), x.sum(dim=1), x / 2, x - 1,
          x.pow(2), x[0], torch.cat([x, x]), torch.sigmoid(x), torch.tanh(x), x.sum(), x.mean(),
          x.reshape(2, 1), x.unsqueeze(0), x.squeeze(0), x.log(), -x, x * x, x.abs(), x.clamp(0, 1)]:
    print(type(y.grad_fn).__name__, y.grad_fn.name())
