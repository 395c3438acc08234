# Dict- and set-heavy algorithms: BFS shortest paths, connected components, word ladders.
from collections import deque
n = 3000
graph = {i: set() for i in range(n)}
for i in range(n):
    for k in (1, 7, 31):
        j = (i * k + 13) % n
        if j != i:
            graph[i].add(j)
            graph[j].add(i)

def bfs(start):
    dist = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist

total = 0
for s in range(0, n, 100):
    d = bfs(s)
    total += sum(d.values()) + len(d)
seen = set()
components = 0
for v in graph:
    if v in seen:
        continue
    components += 1
    stack = [v]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        stack.extend(graph[u] - seen)
degree_hist = {}
for v, nbrs in graph.items():
    degree_hist[len(nbrs)] = degree_hist.get(len(nbrs), 0) + 1
print(total, components, sorted(degree_hist.items()))
