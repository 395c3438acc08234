from collections import UserDict, UserList, UserString
d = UserDict({'a': 1}, b=2)
d['c'] = 3
print(d, len(d), 'a' in d, d.get('z', 0), list(d.items()), d.pop('a'), d)
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
l = Lower(A=1)
l.update({'B': 2})
print(l, l.data, l == {'a': 1, 'b': 2}, l.copy(), type(l.copy()).__name__)
u = UserList([3, 1, 2])
u.append(0); u.sort()
print(u, u[1:], type(u[1:]).__name__, u + [9], [8] + u, u * 2, len(u), u == [0, 1, 2, 3])
s = UserString('Hello')
print(s.upper(), s + '!', s[1:3], len(s), 'ell' in s, s.split('l'), repr(s), type(s.lower()).__name__)
import copy
d = UserDict(x=1)
e = copy.copy(d)
e['y'] = 2
print(d, e, d == UserDict(x=1), d | {'z': 3}, {'w': 0} | d)
class Default(UserDict):
    def __missing__(self, key):
        return key * 2
m = Default()
print(m['ab'], len(m), m.get('zz'), m.setdefault('k', 5), len(m), UserDict.fromkeys('ab', 0))
plain = UserDict(a=1, b=2)
print(plain.setdefault('c', 3), plain.popitem(), plain.pop('b'), plain.pop('q', None), plain)
try:
    UserDict().popitem()
except KeyError as err:
    print('KeyError', repr(err))
try:
    UserDict().pop('nope')
except KeyError as err:
    print('KeyError', err)
class Stack(UserList):
    def push(self, x):
        self.append(x)
        return self
s = Stack()
s.push(1).push(2)
s += [3]
print(s, s.pop(), s.index(2), s.count(1), 2 in s, list(reversed(s)), s * 2, 3 * s)
del s[0]
s.insert(0, 'a')
s.extend(UserList([7]))
print(s, s.copy(), type(s.copy()).__name__, s[-1], s > ['0'])
t = UserString('  Mixed Case  ')
print(repr(t.strip()), t.lower(), t.count('e'), t.find('C'), t.replace('e', 'E'), t.startswith('  M'),
      t.center(20, '*'), t.zfill(16), len(t), t * 2, 'x' + t, t.title(), t.isspace(), str(t.strip()).split())
print(sorted([UserString('b'), UserString('a')]), UserString('a') == 'a', hash(UserString('a')) == hash('a'))
import collections
from collections.abc import MutableMapping, Sequence
print(UserDict, UserList, UserString, collections.UserDict is UserDict)
print(isinstance(UserDict(), MutableMapping), isinstance(UserList(), Sequence), isinstance(UserString('x'), Sequence))
k = UserDict(a=1)
print(k.keys(), k.items(), k.values(), 'UserDict' in dir(collections))
