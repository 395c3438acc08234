import itertools
names = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count",
         "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product",
         "repeat", "starmap", "takewhile", "tee", "zip_longest"]
print([n for n in names if not hasattr(itertools, n)])
print(all(callable(getattr(itertools, n)) for n in names))
from itertools import *
print(list(islice(count(3), 2)))
