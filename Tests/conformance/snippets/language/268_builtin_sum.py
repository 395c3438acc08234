print(sum([1, 2, 3]), sum([0.1] * 10), sum(range(101)))
print(sum([1, 2, 3], 10), sum([]), sum([1.5, 2.5]))
print(sum([[1], [2]], []))
