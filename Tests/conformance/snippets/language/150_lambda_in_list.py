ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
print([f(5) for f in ops])
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
