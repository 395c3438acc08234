def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = running_total()
print(next(g))
print(g.send(5), g.send(10), g.send(-3))
