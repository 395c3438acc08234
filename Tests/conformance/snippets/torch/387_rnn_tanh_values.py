import torch
import torch.nn as nn
rnn = nn.RNN(1, 2, batch_first=True)
with torch.no_grad():
    rnn.weight_ih_l0.copy_(torch.tensor([[1.0], [-1.0]]))
    rnn.weight_hh_l0.copy_(torch.tensor([[0.5, 0.0], [0.0, 0.5]]))
    rnn.bias_ih_l0.zero_()
    rnn.bias_hh_l0.fill_(0.1)
out, h = rnn(torch.tensor([[[1.0], [2.0], [3.0]]]))
print(out.round(decimals=4))
print(h.round(decimals=4))
