import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
lstm = nn.LSTM(1, 2, batch_first=True)
with torch.no_grad():
    for p in lstm.parameters():
        p.fill_(0.1)
x = torch.tensor([[[1.0], [2.0], [3.0]], [[4.0], [0.0], [0.0]]])
lengths = torch.tensor([3, 1])
packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=True)
out, (h, c) = lstm(packed)
padded, lens = pad_packed_sequence(out, batch_first=True)
print(padded.round(decimals=4))
print(lens)
print(h.round(decimals=4))
