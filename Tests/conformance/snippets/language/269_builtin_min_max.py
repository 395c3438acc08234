print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("apple"))
words = ["kiwi", "banana", "fig"]
print(min(words, key=len), max(words, key=len), max(words))
print(min([], default="empty"), max([], default=0))
print(max([1, 3, 3], key=lambda v: -v), max([(1, "b"), (1, "a")]))
