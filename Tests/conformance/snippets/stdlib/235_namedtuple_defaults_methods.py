from collections import namedtuple
Sample = namedtuple('Sample', ['image_id', 'label', 'weight'], defaults=[1.0])
s = Sample(17, 'cat')
print(s, s._fields, s._field_defaults, s._asdict())
print(s._replace(label='dog'), Sample._make([1, 'x', 0.5]), tuple(s), s[1], s.weight)
img, lab, w = s
print(img, lab, w, s == (17, 'cat', 1.0), len(s), s.index('cat'), s.count(17))
P = namedtuple('P', 'x, y', rename=True)
print(P(1, 2), namedtuple('Q', 'a def class', rename=True)._fields)
