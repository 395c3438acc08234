d = {"a": 1, "b": 2}
it = iter(d)
print(next(it), next(it))
vals = iter(d.values())
print(list(vals))
r = iter(range(3))
print(sum(r))
