# Error case: type generator not subscriptable
print("demonstrating: type generator not subscriptable")
g = (x for x in range(3))
print(g[0])
