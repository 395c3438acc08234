import collections
print(collections.Counter("aa"), collections.deque([1]))
print(collections.OrderedDict.__name__, collections.defaultdict.__name__, collections.namedtuple.__name__)
from collections import *
print(Counter, deque, defaultdict, OrderedDict, ChainMap)
print(Counter.__module__, deque.__module__)
