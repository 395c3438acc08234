import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0],
                  [0.1, 0.1], [0.1, 0.9], [0.9, 0.1], [0.9, 0.9]])
Y = torch.tensor([0, 1, 1, 0, 0, 1, 1, 0])
loader = DataLoader(TensorDataset(X, Y), batch_size=4)
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 2))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]]))
    model[0].bias.copy_(torch.tensor([-0.5, 1.5, 0.0, 0.0]))
    model[2].weight.copy_(torch.tensor([[0.5, 0.5, -0.5, -0.5], [-0.5, -0.5, 0.5, 0.5]]))
    model[2].bias.zero_()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(15):
    running = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        running += loss.item()
    if epoch % 3 == 2:
        print(epoch, f'{running / len(loader):.4f}')
model.eval()
correct = 0
total = 0
with torch.no_grad():
    for xb, yb in loader:
        outputs = model(xb)
        _, predicted = torch.max(outputs.data, 1)
        total += yb.size(0)
        correct += (predicted == yb).sum().item()
print(f'Accuracy: {100 * correct / total}%')
