import json
print(json.dumps({"a": 1, "b": [1, 2, 3], "c": None, "d": True, "e": False, "f": 1.5}))
print(json.dumps([1, "two", 3.0, [], {}]))
print(json.dumps("hello"), json.dumps(42), json.dumps(None), json.dumps(True), json.dumps(-0.5))
print(json.dumps((1, 2)), json.dumps([("a", 1)]))
print(json.dumps({"nested": {"deep": {"x": [1, {"y": 2}]}}}))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(1/3), json.dumps(10.0), json.dumps(123456789))
