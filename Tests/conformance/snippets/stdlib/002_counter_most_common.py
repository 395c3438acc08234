from collections import Counter
words = "the cat and the dog and the bird".split()
c = Counter(words)
print(c.most_common())
print(c.most_common(1), c.most_common(2), c.most_common(0))
print(Counter("abcab").most_common())
print(Counter({"x": 1, "y": 3, "z": 3}).most_common(2))
for word, n in c.most_common(3):
    print(f"{word:>5} {n}")
