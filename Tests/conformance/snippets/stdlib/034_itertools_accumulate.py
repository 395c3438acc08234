import itertools, operator
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=0)), list(itertools.accumulate([])))
print(list(itertools.accumulate("abc")))
losses = [0.9, 0.7, 0.8, 0.5, 0.6]
print(list(itertools.accumulate(losses, min)))
