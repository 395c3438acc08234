for n in range(10):
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print(n)
