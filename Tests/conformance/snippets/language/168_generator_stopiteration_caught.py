def two():
    yield "a"
    yield "b"
g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "default"))
