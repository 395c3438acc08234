from collections import Counter
c = Counter("mississippi")
print(c)
print(c["s"], c["z"], len(c), "z" in c)
print(sorted(c.items()))
print(Counter(), Counter([]), Counter({"a": 2, "b": 0}))
print(Counter(a=3, b=1), Counter(["x", "y", "x"]))
print(isinstance(c, dict), type(c).__name__, Counter.__name__)
