squares = [x * x for x in range(6)]
evens = [x for x in range(10) if x % 2 == 0]
print(squares)
print(evens)
print([c.upper() for c in "abc"])
print([x if x > 2 else -x for x in range(5)])
