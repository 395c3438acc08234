n = 0
while n < 3:
    n += 1
else:
    print("loop finished, n =", n)
while True:
    break
else:
    print("never printed")
print("done")
