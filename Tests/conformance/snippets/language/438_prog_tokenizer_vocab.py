corpus = ["the cat sat", "the dog sat", "a cat ran"]
vocab = {"<pad>": 0, "<unk>": 1}
for sentence in corpus:
    for tok in sentence.split():
        if tok not in vocab:
            vocab[tok] = len(vocab)
print(vocab)
encode = lambda s: [vocab.get(t, 1) for t in s.split()]
print(encode("the bird sat"), encode("a dog ran"))
