from collections import Counter
from itertools import pairwise
corpus = "the cat sat on the mat the cat ate".split()
unigrams = Counter(corpus)
bigrams = Counter(pairwise(corpus))
print(bigrams.most_common(2))
def prob(w2, w1):
    return bigrams[(w1, w2)] / unigrams[w1]
print(prob("cat", "the"), round(prob("mat", "the"), 4), prob("dog", "the"))
following = {}
for (a, b), n in bigrams.items():
    following.setdefault(a, Counter())[b] += n
print(following["the"], following["cat"].most_common(1))
