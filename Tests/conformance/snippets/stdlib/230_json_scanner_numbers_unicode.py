import json
print(json.loads('[0, -0, 1.0, -1.5e3, 2E+2, 1e-7, 123456789012, 0.1]'))
print(json.loads('"\\u00e9\\u4e2d\\n\\t\\"\\\\\\/"'), json.loads('"plain ascii"'), json.loads('"日本語"'))
print(json.loads('  \n\t[ 1 ,\n 2 ]  '), json.loads('{}'), json.loads('[]'), json.loads('""'), json.loads('{"": ""}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[[[[[[1]]]]]]'), json.loads('true'), json.loads('null') is None)
deep = '[' * 200 + ']' * 200
print(len(json.dumps(json.loads(deep))))
