def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import heapq
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 3]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data)
print(heapq.heapreplace(data, 10), data)
show(lambda: heapq.heappop([]))
show(lambda: heapq.heappush((), 1))
