x = "outer"
vals = [x for x in range(3)]
print(x, vals)
total = sum([i * i for i in range(4)])
print(total)
