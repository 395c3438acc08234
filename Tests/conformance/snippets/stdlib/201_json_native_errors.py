import json
bad = ['', '{', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{a: 1}', '"abc', '"a\\x"', '[1] [2]', 'nul', '01', '{"a": [1, {"b": }]}',
       '\n\n  [1,\n  ?]', '"tab\there"', '1.', '-', '[1e]', '"\\u12"']
for text in bad:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), '->', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\\ud83d\\ude00"'), json.loads('[1e3, -0.5, 1E-2, 0, -0, 10000000000]'), json.loads(' {"k": null} '))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.JSONDecoder().raw_decode('xx[2]', 2))
print(json.loads('"tab\there"', strict=False), json.loads('[NaN, Infinity, -Infinity]'))
