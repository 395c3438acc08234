from itertools import groupby
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([k for k, g in groupby([1, 1, 2, 3, 3, 3])])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
data = sorted([("b", 2), ("a", 1), ("b", 3), ("a", 4)])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
print(list(groupby([])))
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
