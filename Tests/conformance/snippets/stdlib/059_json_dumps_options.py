import json
d = {"b": 1, "a": 2, "c": {"z": 0, "y": 1}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, sort_keys=True, indent=1, separators=(",", " = ")))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
