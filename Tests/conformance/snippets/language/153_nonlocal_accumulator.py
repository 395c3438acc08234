def make_averager():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = make_averager()
for v in [10, 20, 30, 40]:
    print(avg(v))
