import json
history = {"epochs": 3, "loss": [0.9, 0.5, 0.25], "acc": [0.5, 0.75, 0.875], "best": {"epoch": 2, "ok": True}}
text = json.dumps(history, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == history, back["loss"][-1], back["best"])
print(json.loads(json.dumps([1, "2", [3.5], None])))
print(json.loads(json.dumps({"t": (1, 2)})))
