import json
data = {'b': [1, 2, {'c': None}], 'a': 'x', 'é': True, 'n': 1.5e-7, 'big': 12345678901234}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=1))
print(json.dumps({1: 'int key', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps(float('nan')), json.dumps([float('inf')]), json.dumps('quote " and \\ and \n'))
