import torch
import torch.nn as nn
lstm = nn.LSTM(input_size=4, hidden_size=3)
x = torch.zeros(5, 2, 4)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
lstm_b = nn.LSTM(4, 3, batch_first=True, num_layers=2)
out, (h, c) = lstm_b(torch.zeros(2, 5, 4))
print(out.shape, h.shape, c.shape)
bi = nn.LSTM(4, 3, batch_first=True, bidirectional=True)
out, (h, c) = bi(torch.zeros(2, 5, 4))
print(out.shape, h.shape, c.shape)
