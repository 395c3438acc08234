import re
email = re.compile(r"""
    (?P<user>[\w.+-]+)   # user name
    @
    (?P<domain>[\w-]+(?:\.[\w-]+)+)  # domain
""", re.VERBOSE)
for text in ['ann@example.com', 'bob.smith+tag@mail.co.uk', 'not-an-email']:
    m = email.fullmatch(text)
    print(text, m.groupdict() if m else None)
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'a.c', 'a\nc abc', re.S), re.findall(r'HELLO', 'hello Hello', re.I))
print(re.sub(r'(?i)cat', 'dog', 'Cat cat CAT'), re.split(r'[,;]\s*', 'a, b;c ;d'), re.escape('1+1=2?'))
