import re
TOKEN = re.compile(r"(?P<NUMBER>\d+(?:\.\d+)?)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/()=])|(?P<WS>\s+)|(?P<ERR>.)")
def tokens(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == 'WS':
            continue
        yield kind, m.group()
print(list(tokens('rate = 0.5 * (x1 + 42)')))
print(list(tokens('a $ b')))
print(re.sub(r'\s+', ' ', '  many   spaces\there  ').strip(), re.findall(r'\b\w{5,}\b', 'short words and longer ones'))
