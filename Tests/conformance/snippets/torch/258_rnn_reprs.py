import torch.nn as nn
print(nn.LSTM(10, 20))
print(nn.LSTM(10, 20, num_layers=2, batch_first=True))
print(nn.GRU(8, 16, batch_first=True, bidirectional=True))
print(nn.RNN(4, 8))
print(nn.LSTM(3, 5, num_layers=2, dropout=0.5))
