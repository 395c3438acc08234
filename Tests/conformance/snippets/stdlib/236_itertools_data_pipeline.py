from itertools import islice, groupby, chain, accumulate, count, takewhile, zip_longest
import itertools
records = [('2024-01', 3), ('2024-01', 5), ('2024-02', 2), ('2024-03', 7), ('2024-03', 1)]
for month, rows in groupby(records, key=lambda r: r[0]):
    print(month, sum(v for _, v in rows))
print(list(accumulate([3, 5, 2, 7, 1])), list(accumulate([3, 5, 2, 7, 1], max)), list(accumulate([1, 2, 3], initial=10)))
print(list(islice(count(10, 5), 4)), list(takewhile(lambda x: x < 20, count(10, 3))))
print(list(chain.from_iterable([[1, 2], [3], []])), list(zip_longest('ab', 'xyz', fillvalue='-')))
def batches(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(batches(range(7), 3)))
print(list(itertools.pairwise('abcd')), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
