def gen():
    yield "only"
g = gen()
print(next(g))
next(g)
