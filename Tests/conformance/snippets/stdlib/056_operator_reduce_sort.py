import operator
from functools import reduce
print(reduce(operator.mul, [1, 2, 3, 4, 5]))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]))
scores = {"ann": 3, "bob": 5, "cid": 1}
print(sorted(scores.items(), key=operator.itemgetter(1), reverse=True))
print(max(scores.items(), key=operator.itemgetter(1))[0])
print(list(map(operator.add, [1, 2], [10, 20])), list(map(operator.neg, [1, -2])))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
