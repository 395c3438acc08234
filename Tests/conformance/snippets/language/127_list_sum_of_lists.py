lists = [[1, 2], [3], [4, 5, 6]]
print(sum(lists, []))
print(sum(len(x) for x in lists))
print(max(lists, key=len), min(lists, key=len))
