import torch
import torch.nn as nn

class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(4 * 4 * 4, 3)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv1(x)))
        return self.fc(torch.flatten(x, 1))

torch.manual_seed(1)
model = CNN()
x = torch.randn(2, 1, 8, 8)
out = model(x)
print(out)
print(torch.softmax(out, dim=1))
loss = nn.CrossEntropyLoss()(out, torch.tensor([0, 2]))
loss.backward()
print(loss)
print(model.conv1.bias.grad)
