names = ["ann", "bob", "cid", "dee"]
scores = [81, 67, 92, 74]
passed = {n: s for n, s in zip(names, scores) if s >= 70}
print(passed)
print({k: ("A" if v >= 90 else "B" if v >= 80 else "C") for k, v in passed.items()})
