names = ["a", "b", "c"]
scores = [90, 80, 70, 60]
print(list(zip(names, scores)))
print(dict(zip(names, scores)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip()), list(zip([1, 2], "ab", (True, False))))
