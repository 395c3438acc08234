# types.MappingProxyType over a dict, zlib preset dictionaries, string annotations resolved
# by typing.get_type_hints.
import types
import zlib
import typing
from typing import List, Optional

d = {'a': 1, 'b': 2}
p = types.MappingProxyType(d)
print(p, p['a'], len(p), 'b' in p, list(p), p.get('z', 0), dict(p.items()))
d['c'] = 3
print(p['c'], p == {'a': 1, 'b': 2, 'c': 3}, isinstance(p, types.MappingProxyType), type(p).__name__)
print(types.MappingProxyType(p), p.copy())
for call in [lambda: types.MappingProxyType([1, 2]), lambda: types.MappingProxyType(),
             lambda: types.MappingProxyType(d, d)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
try:
    p['x'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del p['a']
except TypeError as e:
    print('TypeError', e)

zdict = b'the quick brown fox jumps over the lazy dog ' * 4
data = b'the lazy dog jumps over the quick brown fox ' * 3
c = zlib.compressobj(zdict=zdict)
packed = c.compress(data) + c.flush()
plain = zlib.compress(data)
print(len(packed) < len(plain))
dobj = zlib.decompressobj(zdict=zdict)
print(dobj.decompress(packed) == data, dobj.eof)
try:
    zlib.decompressobj().decompress(packed)
except zlib.error as e:
    print('zlib.error', str(e)[:32])
raw = zlib.compressobj(wbits=-15, zdict=zdict)
raw_packed = raw.compress(data) + raw.flush()
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(raw_packed) == data)
try:
    zlib.compressobj(zdict='text')
except TypeError as e:
    print('TypeError', e)


class Node:
    value: 'int'
    children: 'List[Node]'
    parent: 'Optional[Node]' = None
    label: str = ''


def link(a: 'Node', b: 'Node' = None) -> 'bool':
    return True


print(typing.get_type_hints(Node))
print(typing.get_type_hints(link))
print(typing.get_type_hints(Node.__init__), typing.get_type_hints(len) if False else '')


class Leaf(Node):
    weight: 'float'


print(typing.get_type_hints(Leaf))
try:
    def broken(x: 'Missing'):
        pass
    typing.get_type_hints(broken)
except NameError as e:
    print('NameError', e)
