import json
values = [0, -1, 1.5, 1e100, 'text', '', [], {}, [None, True, False], {'nested': [1, {'k': 'v'}]}, (1, 2), 'ünïcode ☃']
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(repr(v), s, back == (list(v) if isinstance(v, tuple) else v), type(back).__name__)
print(json.dumps({'a': 1}, indent=0), json.loads(json.dumps(list(range(3)), indent=4)))
