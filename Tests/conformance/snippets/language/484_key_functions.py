# key=, map and filter call their function once per item: Python functions of one parameter go
# straight into their frame; every other callable still works, and errors point inside.
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
print(sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=lambda w: (-len(w), w)))
print(max(words, key=len), min(words, key=lambda w, bonus=1: len(w) + bonus), max([3, 1, 2], key=None))
print(list(map(len, words)), list(map(lambda w: w[0], words)), list(map(str.upper, words[:2])))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda w: "a" in w, words)), list(filter(None, [0, 1, "", "x"])))
class Scale:
    def __init__(self, k):
        self.k = k
    def apply(self, x):
        return x * self.k
    def __call__(self, x):
        return x + self.k
s = Scale(3)
print(list(map(s.apply, [1, 2])), list(map(s, [1, 2])), sorted([3, 1, 2], key=s), list(map(str, [1, 2.5])))
def strict(w):
    if w == "kiwi":
        raise ValueError("no kiwis")
    return len(w)
try:
    sorted(words, key=strict)
except ValueError as e:
    print("ValueError", e)
try:
    list(map(lambda: 1, [1]))
except TypeError as e:
    print("TypeError", e)
