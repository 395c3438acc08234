import json
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e.doc, e.pos)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads("\ufeff[]")
except json.JSONDecodeError as e:
    print(e)
