import os
import random
random.seed(1)
classes = ['cat', 'dog']
for cls in classes:
    os.makedirs(os.path.join('dataset', cls), exist_ok=True)
    for i in range(5):
        open(os.path.join('dataset', cls, f'{cls}_{i}.jpg'), 'w').close()
files = sorted(os.path.join(cls, f) for cls in classes for f in os.listdir(os.path.join('dataset', cls)))
random.shuffle(files)
split = int(len(files) * 0.8)
train, test = sorted(files[:split]), sorted(files[split:])
print(len(train), len(test), test)
labels = [os.path.dirname(f) for f in train]
print({c: labels.count(c) for c in classes}, os.path.basename(train[0]), os.path.splitext(train[0])[0])
