def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import json
show(lambda: json.dumps({1, 2}))
show(lambda: json.dumps(object) [:0])
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps({"a": b"bytes"}))
loop = []
loop.append(loop)
show(lambda: json.dumps(loop))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
