import torch.nn as nn
lstm = nn.LSTM(4, 3, num_layers=2, bidirectional=True)
for name, p in lstm.named_parameters():
    print(name, tuple(p.shape))
