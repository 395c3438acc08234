import string
t = string.Template('Epoch $epoch: loss=${loss} ($$ free)')
print(t.substitute(epoch=3, loss=0.25), t.safe_substitute(epoch=4))
try:
    t.substitute(epoch=1)
except KeyError as e:
    print('KeyError', e)
print(string.capwords('hello   wide world'), string.ascii_lowercase[:5], string.digits, len(string.punctuation))
f = string.Formatter()
print(f.format('{0}-{name}', 'a', name='b'), f.format('{:>4}|{:.2f}', 'x', 3.14159))
print(''.join(c for c in 'Hello, World!' if c not in string.punctuation).lower())
