import json
from collections import OrderedDict
from decimal import Decimal
text = '{"b": 1.10, "a": [1, 2.5e1, {"c": 3}], "d": "x"}'
print(json.loads(text, parse_float=Decimal), json.loads(text, parse_int=float))
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads(text, object_hook=lambda d: sorted(d)))
print(json.loads('[NaN, 1]', parse_constant=lambda name: name))
data = {'name': 'café ☕', 'values': list(range(5)), 'nested': {'x': None, 'y': [True, False]}}
s = json.dumps(data)
print(s, json.loads(s) == data, json.loads(json.dumps(data, ensure_ascii=False)) == data)
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[2]')))
big = json.dumps([{'i': i, 'sq': i * i, 'tag': f't{i}'} for i in range(2000)])
print(len(big), sum(item['sq'] for item in json.loads(big)))
