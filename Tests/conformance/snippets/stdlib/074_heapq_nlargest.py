import heapq
xs = [5, 1, 8, 3, 2, 9, 8]
print(heapq.nlargest(3, xs), heapq.nsmallest(3, xs), heapq.nlargest(0, xs), heapq.nsmallest(10, xs))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
scores = {"a": 3, "b": 7, "c": 5}
print(heapq.nlargest(2, scores, key=scores.get))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["a", "c"], ["b"], key=str.upper)), list(heapq.merge([3, 1], [2], reverse=True)))
