import json
from collections import OrderedDict
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=float))
print(json.loads("[NaN]", parse_constant=lambda c: c.lower()))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.JSONDecoder().decode('{"z": [1]}'), json.JSONDecoder().raw_decode('[1] tail'))
