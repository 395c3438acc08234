import json
docs = ["", "  ", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1 "b"', "[1,", "[1 2]", "[",
        '"abc', '"a\\x"', '"\\u12"', '"a\nb"', "1 2", "nul", "tru", "{1:2}", "[1,]", '{"a":1,}',
        "[1,\n 2,\n x]", "01", "-", '{"a" 1}', '["a"', "[1] x", "{'a': 1}"]
for doc in docs:
    try:
        json.loads(doc)
        print("ok", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
