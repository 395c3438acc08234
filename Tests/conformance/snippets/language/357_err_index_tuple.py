# Error case: index tuple
print("demonstrating: index tuple")
t = (1,)
print(t[1])
