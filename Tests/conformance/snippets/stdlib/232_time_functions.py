import time
t0 = time.perf_counter()
m0 = time.monotonic()
total = sum(i * i for i in range(10000))
t1 = time.perf_counter()
print(total, t1 >= t0, time.monotonic() >= m0, isinstance(time.time(), float), time.time() > 1.6e9)
print(type(time.perf_counter()).__name__, type(time.process_time()).__name__)
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.01, len(time.strftime('%Y-%m-%d')) == 10)
