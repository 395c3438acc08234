import re
m = re.search(r'(?P<key>\w+)=(?P<value>\d+)(x)?', 'cfg: lr=5 epochs=20')
print(m, type(m).__name__, isinstance(m, re.Match), bool(m))
print(m.group(), m.group(0, 1, 'value'), m[1], m['key'], m.groups(), m.groups('-'), m.groupdict())
print(m.span(), m.span(2), m.start('value'), m.end(), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(m.regs, m.expand(r'\g<value>:\1'), m.group(3))
try:
    m.group(7)
except IndexError as e:
    print('IndexError:', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError:', e)
p = re.compile(r'\d+')
print(p.search('abc 123 def', 5), p.search('abc 123 def', 5, 6), p.match('42x'), p.fullmatch('42x'), p.fullmatch('42'))
print([x.span() for x in p.finditer('1 22 333')], p.findall('a1b22c333', 3), p.findall('a1b22', 0, 3))
print(re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall(r'', 'ab'), re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, big cat'), re.subn(r'o', '0', 'foo boo', count=3))
print(re.sub(r'\d', lambda mm: str(int(mm.group()) * 2), 'a1b2c9'), re.split(r'(,)\s*', 'a, b,c'))
print(re.sub('é', 'e', 'café é'), re.search(r'(é+)(\w)', 'xxééy').span(1), re.findall(r'\w+', 'naïve café'))
try:
    re.sub(r'a', lambda mm: 5, 'abc')
except TypeError as e:
    print('TypeError:', e)
try:
    re.search(r'a', 5)
except TypeError as e:
    print('TypeError:', e)
m2 = re.match(r'(a)|(b)', 'b')
print(m2.groups(), m2.lastindex, m2.span(1), m2.group(1))
print(re.search(r'((a)(b))', 'xab').lastindex, re.fullmatch(r'a|ab', 'ab'))
print(re.sub(r'\d', lambda mm: None, 'a1b2'), re.sub(r'b', lambda mm: mm.group().upper(), 'abcb', count=1))
try:
    re.sub(r'b', lambda mm: 3, 'abcb')
except TypeError as e:
    print('TypeError:', e)
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<0>>', 'hi yo'), re.escape('a.b*c'), re.split(r'\s+', ' a b  c ', maxsplit=2))
