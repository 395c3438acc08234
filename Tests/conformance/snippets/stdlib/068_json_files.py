import json
config = {"model": "mlp", "hidden": [128, 64], "dropout": 0.2}
with open("config.json", "w") as f:
    json.dump(config, f, indent=2)
with open("config.json") as f:
    print(f.read())
with open("config.json") as f:
    loaded = json.load(f)
print(loaded, loaded == config)
with open("lines.jsonl", "w") as f:
    for i in range(3):
        f.write(json.dumps({"i": i, "sq": i * i}) + "\n")
with open("lines.jsonl") as f:
    print([json.loads(line) for line in f])
