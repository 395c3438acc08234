import torch
from torch.utils.data import DataLoader

def collate(batch):
    xs = [torch.tensor(b) for b in batch]
    lengths = torch.tensor([len(x) for x in xs])
    padded = torch.nn.utils.rnn.pad_sequence(xs, batch_first=True)
    return padded, lengths

data = [[1, 2, 3], [4], [5, 6]]
for p, l in DataLoader(data, batch_size=3, collate_fn=collate):
    print(p)
    print(l)
