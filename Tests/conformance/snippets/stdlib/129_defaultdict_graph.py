from collections import defaultdict
edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("d", "a")]
graph = defaultdict(list)
indegree = defaultdict(int)
for src, dst in edges:
    graph[src].append(dst)
    indegree[dst] += 1
print(dict(graph), dict(indegree))
print(sorted(graph), graph["zz"], "zz" in graph)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print({k: len(v) for k, v in groups.items()})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))
