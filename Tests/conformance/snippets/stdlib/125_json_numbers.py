def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import json
for text in ["0", "-1", "3.0", "1e-7", "1E+2", "-0", "0.5e1", "123.456", "9007199254740993", "[1.5, -2.25e3]"]:
    v = json.loads(text)
    print(text, repr(v), type(v).__name__, json.dumps(v))
print(json.dumps(1e16), json.dumps(1.5e-10), json.dumps(123456.789), json.dumps(2**53), json.dumps(-0.0))
show(lambda: json.loads("1.5e"))
show(lambda: json.loads("+1"))
show(lambda: json.loads(".5"))
