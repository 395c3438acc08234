import heapq
a, b, c = [1, 4, 9], [2, 3, 10], [0, 5]
print(list(heapq.merge(a, b, c)), list(heapq.merge(['x', 'bb'], ['a', 'ccc'], key=len)))
tasks = []
for prio, name in [(3, 'write'), (1, 'read'), (2, 'think'), (1, 'eat')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
scores = {'a': 0.2, 'b': 0.9, 'c': 0.5, 'd': 0.7}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h))
