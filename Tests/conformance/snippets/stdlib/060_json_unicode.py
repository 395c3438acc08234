import json
s = {"word": "café", "emoji": "😀", "ctrl": "tab\there\nnew", "quote": 'say "hi"', "slash": "a\\b/c"}
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps("\x00\x1f\x7f"))
print(json.dumps("\u2028 \u00e9", ensure_ascii=False))
print(json.loads(json.dumps(s)) == s)
print(repr(json.loads('"\\u00e9\\ud83d\\ude00 \\n \\/ \\" \\\\ \\b\\f\\r\\t"')))
