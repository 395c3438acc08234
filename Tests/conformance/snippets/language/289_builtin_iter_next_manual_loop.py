it = iter(["a", "b", "c"])
while True:
    try:
        item = next(it)
    except StopIteration:
        break
    print(item)
