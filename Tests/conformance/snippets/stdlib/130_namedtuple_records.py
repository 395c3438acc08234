from collections import namedtuple
Sample = namedtuple("Sample", "features label")
data = [Sample([0.1, 0.2], 0), Sample([0.9, 0.8], 1), Sample([0.2, 0.1], 0)]
print(data[1], data[1].label, [s.label for s in data])
features, labels = zip(*data)
print(features, labels)
Row = namedtuple("Row", ["name", "score"])
rows = [Row(*r) for r in [("ann", 91), ("bob", 78)]]
print(max(rows, key=lambda r: r.score).name, sum(r.score for r in rows) / len(rows))
print(Row._make(["cid", 60])._asdict(), Row("x", 1) == ("x", 1))
