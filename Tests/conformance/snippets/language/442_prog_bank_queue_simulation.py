import random
random.seed(5)
queue = []
served = []
for minute in range(10):
    if random.random() < 0.6:
        queue.append(minute)
    if queue and minute % 2 == 0:
        served.append(queue.pop(0))
print("served", served)
print("waiting", queue)
