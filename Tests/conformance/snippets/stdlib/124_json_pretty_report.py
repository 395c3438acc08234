import json
results = [
    {"model": "linear", "params": {"lr": 0.1}, "acc": 0.812, "tags": ["baseline"]},
    {"model": "mlp", "params": {"lr": 0.01, "hidden": [64, 32]}, "acc": 0.9375, "tags": []},
]
print(json.dumps(results, indent=2))
print(json.dumps(results[1], separators=(",", ":"), sort_keys=True))
best = max(json.loads(json.dumps(results)), key=lambda r: r["acc"])
print(best["model"], best["params"]["hidden"])
print(json.dumps({"unicode": "naïve ✓"}), json.dumps({"unicode": "naïve ✓"}, ensure_ascii=False))
