import torch
from torchvision import transforms
t = transforms.Normalize(mean=[0.5], std=[0.5])
x = torch.tensor([[[0.0, 0.5], [1.0, 0.25]]])
print(t(x))
c = transforms.Compose([transforms.Normalize([0.5], [0.5]), transforms.Lambda(lambda z: z * 2)])
print(c(x))
print(transforms.CenterCrop(1)(x))
print(transforms.Resize((4, 4), antialias=True)(x).shape)
print(t)
