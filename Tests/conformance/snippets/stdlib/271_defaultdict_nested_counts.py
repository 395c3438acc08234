from collections import defaultdict
pairs = [('train', 'cat'), ('train', 'dog'), ('test', 'cat'), ('train', 'cat'), ('test', 'bird')]
counts = defaultdict(lambda: defaultdict(int))
for split, label in pairs:
    counts[split][label] += 1
print({k: dict(v) for k, v in counts.items()})
index = defaultdict(list)
for i, (_, label) in enumerate(pairs):
    index[label].append(i)
print(dict(index), index['fish'], sorted(index))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
