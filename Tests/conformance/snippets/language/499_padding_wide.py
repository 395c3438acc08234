# zfill, ljust, rjust, center and format widths: code points counted as Python counts them,
# signs kept in front of zfill's zeros, zero padding that extends digit groups.
for s in ['7', '-7', '+7', 'abc', '', 'é', 'e\u0301', '-\u0301x', '日本', '+']:
    print(repr(s.zfill(6)), repr(s.rjust(6)), repr(s.ljust(6, '*')), repr(s.center(6, 'é')), repr(s.center(7)))
print(len('x'.zfill(10**6)), 'x'.zfill(10**6)[:3], len('ab'.center(10**6 + 1, '日')))
print(len('{:>1000000}'.format(7)), len(f'{1:^1000001}'), len(format('q', '<1000000')))
for w in range(1, 14):
    print(w, repr(format(1234, '0%d,' % w)), repr(format(-1234.5, '0%d,.1f' % w)), repr(format(12, '0%d_' % w)),
          repr(format(255, '0%d_x' % w)), repr(format(255, '#0%d_x' % w)), repr(format(-5, '0%d_b' % w)))
print(repr(format(12345, '0=15,')), repr(format(12345, 'x=15,')), repr(format(-1.5e300, '030,e')))
print(repr(format(float('nan'), '010,')), repr(format(float('inf'), '=10,')), repr(format(255, '#010x')))
print(repr(format(255, '#=10x')), repr(format(-255, '#012_x')), repr(format(7, '+08')), repr(format(-7.25, ' 010.2f')))
print(repr(format(1234567, '0=20,')), repr(format(-1234567, '020_')), repr(format(10**20, '030,')))
print(repr('%08.2f' % -3.14159), repr('%-8d|' % 42), repr('%+08d' % 42))
try:
    'x'.rjust(5, 'ab')
except TypeError as e:
    print('TypeError', e)
try:
    'x'.center(5, '')
except TypeError as e:
    print('TypeError', e)
