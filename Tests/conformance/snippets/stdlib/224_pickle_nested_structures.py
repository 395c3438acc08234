import pickle
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
Point = namedtuple('Point', 'x y')
data = {'od': OrderedDict([('b', 1), ('a', 2)]), 'counter': Counter('hello'), 'point': Point(1, 2), 'dq': deque([1, 2, 3], maxlen=5)}
back = pickle.loads(pickle.dumps(data))
print(back['od'], back['counter'], back['point'], back['dq'], back['dq'].maxlen)
print(type(back['od']).__name__, type(back['point']).__name__, back['point'].x, back == data)
dd = defaultdict(list, {'a': [1]})
back_dd = pickle.loads(pickle.dumps(dd))
back_dd['b'].append(2)
print(back_dd, type(back_dd).__name__)
