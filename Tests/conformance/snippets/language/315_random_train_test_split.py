import random
random.seed(42)
data = list(range(20))
random.shuffle(data)
split = int(0.8 * len(data))
train, test = data[:split], data[split:]
print(train)
print(test)
