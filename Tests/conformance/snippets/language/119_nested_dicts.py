config = {"model": {"layers": [64, 32], "act": "relu"}, "lr": 0.01}
print(config["model"]["layers"][1])
config["model"]["dropout"] = 0.5
print(config)
for key, val in config["model"].items():
    print(key, val)
