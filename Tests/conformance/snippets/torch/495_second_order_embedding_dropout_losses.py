import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 5, dtype=torch.float64, requires_grad=True)
t = torch.rand(4, 5, dtype=torch.float64)
emb = nn.Embedding(10, 5, padding_idx=2).double()
with torch.no_grad():
    emb.weight.copy_(torch.randn(10, 5, dtype=torch.float64))

def fmt(value):
    # Exact zeros print without a sign (a second derivative that vanishes may come out as -0.0).
    return "%.6f" % value if abs(value) >= 5e-7 else "0.000000"

def second(name, out, inputs):
    grads = torch.autograd.grad(out.sum(), inputs, create_graph=True)
    total = sum((g * g).sum() for g in grads)
    second_grads = torch.autograd.grad(total, inputs, allow_unused=True)
    print(name, " ".join(fmt(0.0 if h is None else h.sum().item()) for h in second_grads))

second("embedding", (emb(torch.tensor([1, 2, 1, 7])) * x[:, :5]).pow(3), [emb.weight, x])
torch.manual_seed(5)
second("dropout", F.dropout(x, 0.3).pow(3), [x])
second("layer_norm", F.layer_norm(x, (5,)).pow(3), [x])
second("batch_norm", nn.BatchNorm1d(5).double()(x).pow(3), [x])
second("l1_loss", F.l1_loss(x.pow(3), t) * 0 + F.l1_loss(x.pow(3), t), [x])
second("smooth_l1", F.smooth_l1_loss(x.pow(3), t, beta=0.5), [x])
second("huber", F.huber_loss(x.pow(3), t, delta=0.7), [x])
second("bce", F.binary_cross_entropy(x.sigmoid(), t), [x])
second("bce_logits", F.binary_cross_entropy_with_logits(x, t), [x])
second("bce_logits pos_weight", F.binary_cross_entropy_with_logits(x, t, pos_weight=torch.tensor([1.0, 2, 3, 4, 5], dtype=torch.float64)), [x])
second("erf", torch.erf(x), [x])
second("cumsum", x.cumsum(1).pow(3), [x])
second("sort", x.sort(1)[0].pow(3), [x])
second("topk", x.topk(2)[0].pow(3), [x])
second("gather", x.gather(1, torch.tensor([[0], [2], [4], [1]])).pow(3), [x])
second("pad", F.pad(x, (1, 2)).pow(3), [x])
second("atan2", torch.atan2(x, x + 3), [x])
print(torch.erf(x).grad_fn.name())
