cfg = {"model": {"units": 64}}
print(cfg["model"]["units"])
print(cfg["model"]["dropout"])
