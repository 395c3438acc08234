from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d)
print(d["zz"], len(d), "zz" in d)
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, dict(counts))
print(defaultdict(), defaultdict(None, {1: 2}))
print(d.default_factory, counts.default_factory)
