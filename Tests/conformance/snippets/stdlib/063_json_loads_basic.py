import json
print(json.loads('{"a": 1, "b": [true, false, null], "c": "x", "d": 1.5, "e": -2, "f": 1e3}'))
print(json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads("0"), json.loads("-0.0"))
print(json.loads(" \n [1 , 2 ]\t "), json.loads("3.25E-2"), json.loads("12"))
print(repr(json.loads("NaN")), json.loads("Infinity"), json.loads("-Infinity"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
print(json.loads('{"a": {"a": {"a": []}}}'), json.loads('{"k": 1, "k": 2}'))
print(json.loads(b'{"bytes": 1}'))
