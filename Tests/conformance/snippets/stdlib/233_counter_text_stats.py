from collections import Counter
import re
text = "The cat sat on the mat. The dog sat on the log. A cat and a dog!"
words = re.findall(r"[a-z]+", text.lower())
c = Counter(words)
print(c.most_common(4), c['cat'], c['zebra'], len(c), c.total())
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(3), sorted(letters)[:5])
print(Counter(words[:6]) - Counter(words[6:12]), Counter('aab') & Counter('abb'), Counter('aab') | Counter('abb'))
print(sorted(Counter({'x': 3, 'y': -1, 'z': 0}).elements()), +Counter({'x': 3, 'y': -1, 'z': 0}), -Counter({'x': 3, 'y': -1}))
