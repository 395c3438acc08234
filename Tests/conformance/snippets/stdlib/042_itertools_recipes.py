import itertools
def sliding(xs, n):
    its = itertools.tee(xs, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return list(zip(*its))
print(sliding([1, 2, 3, 4, 5], 3))
def chunks(xs, n):
    it = iter(xs)
    while True:
        batch = tuple(itertools.islice(it, n))
        if not batch:
            return
        yield batch
print(list(chunks(range(7), 3)))
def flatten(list_of_lists):
    return list(itertools.chain.from_iterable(list_of_lists))
print(flatten([[1, 2], [3]]))
def powerset(xs):
    s = list(xs)
    return list(itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1)))
print(powerset("abc"))
print(sum(1 for _ in itertools.permutations(range(6))))
