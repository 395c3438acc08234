class Corpus:
    def __init__(self, text):
        self.text = text
    def tokens(self):
        for word in self.text.split():
            yield word.strip(".,").lower()
    def __iter__(self):
        return self.tokens()
c = Corpus("The cat. The dog, the end.")
print(list(c.tokens()))
print(sorted(set(c)))
print(sum(1 for _ in c))
