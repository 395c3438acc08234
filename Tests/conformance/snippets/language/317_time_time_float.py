import time
t = time.time()
print(type(t).__name__, t > 0)
start = time.time()
total = sum(range(1000))
elapsed = time.time() - start
print(total, elapsed >= 0)
