import json
data = {"name": "model", "layers": [64, 32], "opts": {"lr": 0.01, "decay": None}, "empty": [], "e2": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps({"a": [1]}, indent=4, separators=(",", ": ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
