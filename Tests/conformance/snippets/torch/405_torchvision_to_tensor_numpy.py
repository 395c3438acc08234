import numpy as np
from torchvision import transforms
img = np.array([[[0, 128, 255], [64, 32, 16]]], dtype=np.uint8).reshape(1, 2, 3).transpose(1, 2, 0)
print(img.shape)
t = transforms.ToTensor()(img)
print(t.shape, t.dtype)
print(t)
gray = np.arange(6, dtype=np.uint8).reshape(2, 3) * 50
print(transforms.ToTensor()(gray))
