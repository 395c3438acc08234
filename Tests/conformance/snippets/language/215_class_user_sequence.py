class Deck:
    ranks = "A23456789TJQK"
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[12:15])
print("KH" in d)
