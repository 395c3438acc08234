import heapq
stream = [5, 1, 9, 3, 7, 2, 8, 6, 4]
k = 3
heap = []
for x in stream:
    if len(heap) < k:
        heapq.heappush(heap, x)
    elif x > heap[0]:
        heapq.heapreplace(heap, x)
print(sorted(heap, reverse=True), heapq.nlargest(k, stream))
words = {"the": 10, "a": 7, "cat": 3, "dog": 3, "on": 5}
print(heapq.nlargest(3, words.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(2, words, key=words.get))
merged = list(heapq.merge([1, 3, 5], [2, 4, 6]))
print(merged)
