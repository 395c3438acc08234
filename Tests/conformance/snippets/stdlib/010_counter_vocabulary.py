from collections import Counter
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
tokens = [w.strip(",").lower() for w in text.split()]
vocab = Counter(tokens)
print(len(vocab), vocab["was"], vocab["it"])
print(vocab.most_common(4))
index = {w: i for i, (w, _) in enumerate(vocab.most_common())}
print(index)
rare = [w for w, n in vocab.items() if n == 1]
print(rare)
